package io.github.webex4j.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A request body that can be sent any number of times (retries): in-memory bytes and files streamed
 * from disk, in order. File contents are never held in memory.
 *
 * @param contentType the {@code Content-Type} header value
 * @param segments the parts of the body, in order
 */
public record RequestBody(String contentType, List<Segment> segments) {
  /** Validates that no component is null. */
  public RequestBody {
    Objects.requireNonNull(contentType, "contentType");
    segments = List.copyOf(segments);
  }

  /** A body of in-memory bytes. */
  public static RequestBody of(String contentType, byte[] bytes) {
    return new RequestBody(contentType, List.of(new Bytes(bytes)));
  }

  /** One part of a body. */
  public sealed interface Segment permits Bytes, FileContent {}

  /**
   * In-memory bytes (not copied: callers must not modify the array after handing it over).
   *
   * @param bytes the bytes
   */
  public record Bytes(byte[] bytes) implements Segment {
    /** Validates that the array is not null. */
    public Bytes {
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * A whole file, read from disk on each send.
   *
   * @param path a readable regular file
   */
  public record FileContent(Path path) implements Segment {
    /** Validates that the path is not null. */
    public FileContent {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * The body's length in bytes.
   *
   * @throws IOException if a file's size cannot be read
   */
  public long contentLength() throws IOException {
    long length = 0;
    for (Segment segment : segments) {
      length +=
          segment instanceof Bytes b
              ? b.bytes().length
              : Files.size(((FileContent) segment).path());
    }
    return length;
  }

  /** Writes the whole body to {@code out} (files streamed), without closing it. */
  public void writeTo(OutputStream out) throws IOException {
    for (Segment segment : segments) {
      if (segment instanceof Bytes b) {
        out.write(b.bytes());
      } else {
        try (InputStream in = Files.newInputStream(((FileContent) segment).path())) {
          in.transferTo(out);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "RequestBody[" + contentType + ", " + segments.size() + " segments]";
  }
}
