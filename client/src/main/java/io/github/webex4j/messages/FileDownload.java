package io.github.webex4j.messages;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An open download of a message file. The caller must close it (try-with-resources); the body is
 * streamed from the network and can be read once.
 *
 * @param fileName file name from {@code Content-Disposition}, reduced to a safe single path
 *     segment; {@code "download"} if the server sent none
 * @param contentType the {@code Content-Type}, null if absent
 * @param contentLength the {@code Content-Length}, or -1 if unknown
 * @param body the file bytes
 */
public record FileDownload(
    String fileName, @Nullable String contentType, long contentLength, InputStream body)
    implements AutoCloseable {

  /** Closes the body stream (and with it the connection). */
  @Override
  public void close() throws IOException {
    body.close();
  }
}
