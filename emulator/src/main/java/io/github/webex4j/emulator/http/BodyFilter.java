package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.github.webex4j.emulator.store.SpillDirectory;
import io.github.webex4j.emulator.store.World;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the request body under its cap before the rest of the chain runs, and deletes a spilled
 * body the handler did not keep once the answer is ready (before it is sent): {@link
 * Settings#maxRequestBytes()} in memory for every request, except uploads ({@link #isUpload}),
 * which may carry {@link Settings#maxUploadBytes()} plus {@link Settings#UPLOAD_OVERHEAD}; an
 * upload body above {@link #UPLOAD_MEMORY} is streamed to a temporary file (so several 100 MB
 * uploads never sit in the heap) and memory-mapped.
 *
 * <p>A declared length above the cap is answered 413 before any byte is read; a chunked body is
 * read up to the cap. The JDK server checks the framing headers itself: it answers a non-numeric,
 * negative or repeated {@code Content-Length}, or one beside {@code Transfer-Encoding}, with its
 * own 400 (an HTML body) and an unknown {@code Transfer-Encoding} with 501, before this server sees
 * the request. A body shorter than its {@code Content-Length} or with broken chunks is answered
 * 400. A body cut off by the watchdog ends the exchange ({@link IOException}).
 */
final class BodyFilter extends Filter {
  /**
   * Upload bodies above this size are streamed to disk before the world lock is taken. It equals
   * {@link SpillDirectory#MEMORY_LIMIT}, so a file part that must be stored on disk always comes
   * from such a body and is kept as its region ({@link ApiRequest#keep}): no upload byte is ever
   * written while other requests wait for the lock.
   */
  private static final int UPLOAD_MEMORY = SpillDirectory.MEMORY_LIMIT;

  private static final String UPLOAD_PATH = "/v1/messages";

  private final World world;
  private final Settings settings;

  BodyFilter(World world, Settings settings) {
    this.world = world;
    this.settings = settings;
  }

  @Override
  public String description() {
    return "Reads the request body under its size cap";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    ServedExchange served = ServedExchange.of(exchange);
    served.body(read(served));
    try {
      served.proceed(chain);
    } finally {
      served.body().delete();
    }
  }

  /** Multipart {@code POST /v1/messages}: the one request that may carry a large file. */
  private static boolean isUpload(ServedExchange exchange) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return "POST".equals(exchange.getRequestMethod())
        && exchange.rawPath().equals(UPLOAD_PATH)
        && type != null
        && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private RequestBody read(ServedExchange exchange) throws IOException {
    Watch watch = RequestExecutor.current();
    if (!watch.readingBody(() -> ResponseSender.answerTimeout(exchange))) {
      throw new IOException("Request cut off");
    }
    try {
      RequestBody body = readUnwatched(exchange, isUpload(exchange));
      if (!watch.working()) {
        body.delete();
        throw new IOException("Request body timed out");
      }
      return body;
    } catch (ApiException e) {
      if (!watch.working()) {
        throw new IOException("Request body timed out", e);
      }
      throw e;
    } catch (BrokenBody e) {
      if (!watch.working()) {
        throw new IOException("Request body timed out", e);
      }
      throw new ApiException(
          400,
          "The request body is shorter than its Content-Length or its chunks are malformed.",
          Map.of("Connection", "close"));
    }
  }

  /** A failed read of the request body: cut short or badly chunked (or cut off by the watchdog). */
  private static final class BrokenBody extends IOException {
    private static final long serialVersionUID = 1L;

    BrokenBody(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The request body, telling its read failures apart from those of the spill file. */
  private static InputStream requestBody(HttpExchange exchange) {
    InputStream in = exchange.getRequestBody();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new BrokenBody(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new BrokenBody(e);
        }
      }

      @Override
      public void close() {
        // the exchange closes the body once it is answered
      }
    };
  }

  private RequestBody readUnwatched(HttpExchange exchange, boolean upload) throws IOException {
    // The JDK server has already checked that a Content-Length is a single non-negative number.
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    long length = declared == null ? -1 : Long.parseLong(declared.trim());
    long cap =
        upload ? settings.maxUploadBytes() + Settings.UPLOAD_OVERHEAD : settings.maxRequestBytes();
    if (length > cap) {
      throw tooLarge(cap);
    }
    InputStream in = requestBody(exchange);
    int inMemory = (int) Math.min(cap, upload ? UPLOAD_MEMORY : cap);
    byte[] head = in.readNBytes(inMemory + 1);
    if (head.length <= inMemory) {
      return RequestBody.of(head);
    }
    if (!upload) {
      throw tooLarge(cap);
    }
    return spill(in, head, cap);
  }

  private RequestBody spill(InputStream in, byte[] head, long cap) throws IOException {
    Path file = world.spill().newFile("upload-");
    boolean done = false;
    try {
      long total = head.length;
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(head);
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > cap) {
            throw tooLarge(cap);
          }
          out.write(buffer, 0, n);
        }
      }
      ByteBuffer mapped;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, total);
      }
      done = true;
      return new RequestBody(new byte[0], new SpilledBody(file), mapped, total);
    } finally {
      if (!done) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static ApiException tooLarge(long cap) {
    return new ApiException(
        413,
        "The request payload is too big (limit " + cap + " bytes).",
        Map.of("Connection", "close"));
  }
}
