package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.webex4j.emulator.store.Blob;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Map;

/** Writes an {@link ApiResponse} to an exchange under the write deadline. */
final class ResponseSender {
  private static final System.Logger LOG = System.getLogger(ResponseSender.class.getName());

  /**
   * What is read and discarded of a request body left unread (too large, refused) after its answer
   * is written and before the exchange is closed: a client still sending then reads the answer
   * instead of a connection reset. Beyond it the connection is closed.
   */
  private static final long MAX_DRAIN = 256L * 1024 * 1024;

  private ResponseSender() {}

  /**
   * Sends {@code response} with the exchange's tracking id. A stored file that ends or fails to
   * read before its length is sent is logged and its connection closed, the body cut short.
   *
   * @throws IOException when the client went away or the write deadline had passed
   * @throws UncheckedIOException when a stored file cannot be opened (before any header is sent)
   */
  static void send(ServedExchange exchange, ApiResponse response) throws IOException {
    if (!RequestExecutor.current().writing()) {
      throw new IOException("Request cut off");
    }
    var headers = exchange.getResponseHeaders();
    headers.set("Trackingid", exchange.trackingId());
    headers.set("Cache-Control", "no-cache");
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    response.headers().forEach(headers::set);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    if (response.writer() != null) {
      if (head) {
        sendEmpty(exchange, response.status());
        return;
      }
      // Length 0: chunked, written as it is produced.
      exchange.sendResponseHeaders(response.status(), 0);
      try (OutputStream out = exchange.getResponseBody()) {
        response.writer().writeTo(out);
        out.flush();
        drainRequest(exchange);
        RequestExecutor.answerWritten();
      }
      return;
    }
    Blob blob = response.blob();
    long length = blob != null ? blob.length() : response.body().length;
    if (head && length > 0) {
      // A HEAD answer announces the length a GET would send (the JDK server omits it otherwise).
      headers.set("Content-Length", Long.toString(length));
    }
    boolean empty = length == 0 || head;
    if (empty) {
      sendEmpty(exchange, response.status());
      return;
    }
    // A stored file is opened before the headers go out, so a missing file becomes a 500. Once a
    // fixed length is announced, the body stream is closed only when complete: closing the
    // exchange with the body short (below, or in ExchangeFilter when the client went away) makes
    // the JDK server (17) close the connection, whereas closing the short stream first leaves the
    // connection open and the client waiting for the rest.
    try (InputStream in = blob == null ? null : open(blob)) {
      exchange.sendResponseHeaders(response.status(), length);
      OutputStream out = exchange.getResponseBody();
      if (in == null) {
        out.write(response.body());
      } else if (!copy(in, out, length, exchange)) {
        exchange.close();
        return;
      }
      out.flush();
      drainRequest(exchange);
      RequestExecutor.answerWritten();
      out.close();
    }
  }

  /**
   * Copies the {@code length} bytes of a stored file to {@code out}; false (logged) when the file
   * ends or fails to read before.
   *
   * @throws IOException when writing fails (the client went away)
   */
  private static boolean copy(
      InputStream in, OutputStream out, long length, ServedExchange exchange) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long sent = 0;
    while (sent < length) {
      int n;
      try {
        n = in.read(buffer, 0, (int) Math.min(buffer.length, length - sent));
      } catch (IOException e) {
        LOG.log(Level.WARNING, cutShort(exchange, sent, length), e);
        return false;
      }
      if (n < 0) {
        LOG.log(Level.WARNING, cutShort(exchange, sent, length) + ": the stored file ended");
        return false;
      }
      out.write(buffer, 0, n);
      sent += n;
    }
    return true;
  }

  private static String cutShort(ServedExchange exchange, long sent, long length) {
    return "Cut the connection after "
        + sent
        + " of "
        + length
        + " bytes of "
        + exchange.rawPath()
        + " ("
        + exchange.trackingId()
        + ")";
  }

  /**
   * Sends an answer without a body: the JDK server completes the exchange within {@code
   * sendResponseHeaders}, so the permit is returned first.
   */
  private static void sendEmpty(HttpExchange exchange, int status) throws IOException {
    RequestExecutor.answerWritten();
    exchange.sendResponseHeaders(status, -1);
  }

  /**
   * Writes the 408 of a request whose body stalled, from a thread other than the exchange's (which
   * still waits for the body, holding the request stream): headers and body are written and
   * flushed, but the exchange is left for its own thread to close once the watchdog has cut the
   * connection. Failures (the client went away) are ignored. [?] Webex's wording for 408 is not
   * documented.
   */
  static void answerTimeout(ServedExchange exchange) {
    ApiResponse response =
        ErrorBodies.response(
            408,
            "The request body was not received in time.",
            Map.of("Connection", "close"),
            exchange.trackingId());
    try {
      var headers = exchange.getResponseHeaders();
      headers.set("Trackingid", exchange.trackingId());
      headers.set("Cache-Control", "no-cache");
      headers.set("Content-Type", response.contentType());
      response.headers().forEach(headers::set);
      exchange.sendResponseHeaders(408, response.body().length);
      OutputStream out = exchange.getResponseBody();
      out.write(response.body());
      out.flush();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "Could not send the 408: " + e);
    }
  }

  /**
   * Reads and discards up to {@link #MAX_DRAIN} bytes of the request body still unread, once the
   * answer is on the wire and before the exchange is closed: closing with unread data would make
   * the kernel reset the connection, and a client still sending would lose the answer. Nothing is
   * left for a request whose body was read. A broken body ends the draining; the JDK server then
   * closes the connection.
   */
  private static void drainRequest(HttpExchange exchange) {
    InputStream in = exchange.getRequestBody();
    long left = MAX_DRAIN;
    byte[] buffer = new byte[64 * 1024];
    try {
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Stopped draining a request body: " + e.getMessage());
    }
  }

  private static InputStream open(Blob blob) {
    try {
      return blob.open();
    } catch (IOException e) {
      throw new UncheckedIOException("A stored file cannot be read", e);
    }
  }
}
