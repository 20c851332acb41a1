package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * The first filter of every context: wraps the JDK's exchange in a {@link ServedExchange}, runs the
 * rest of the chain, sends the answer the chain left and always closes the exchange.
 *
 * <p>When every request thread is taken the answer is a quick 503 ({@link Watch.Mode#REFUSE}) and
 * the chain does not run, or the connection is closed unread ({@link Watch.Mode#CLOSE}). Whatever
 * escapes (an {@link Error} such as a {@link NoClassDefFoundError} after a jar was rewritten under
 * a running emulator, or a bug while sending) still gets a Webex-shaped 500 when no headers were
 * sent yet, so no client waits for an answer that never comes. Nothing propagates to the JDK
 * server.
 */
final class ExchangeFilter extends Filter {
  private static final System.Logger LOG = System.getLogger(ExchangeFilter.class.getName());

  @Override
  public String description() {
    return "Per-exchange state, answer and close";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) {
    Watch watch = RequestExecutor.current();
    ServedExchange served = new ServedExchange(exchange);
    try {
      if (watch.mode() == Watch.Mode.CLOSE || !watch.working()) {
        return;
      }
      if (watch.mode() == Watch.Mode.REFUSE) {
        ResponseSender.send(served, busy(served.trackingId()));
        return;
      }
      served.proceed(chain);
      if (served.response() != null) {
        ResponseSender.send(served, served.response());
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Client went away: " + e.getMessage());
    } catch (Throwable t) {
      LOG.log(
          Level.ERROR,
          "Emulator failure answering "
              + exchange.getRequestMethod()
              + " "
              + served.rawPath()
              + " ("
              + served.trackingId()
              + ")",
          t);
      if (exchange.getResponseCode() == -1) {
        try {
          ResponseSender.send(served, ErrorBodies.internalError(served.trackingId()));
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.DEBUG, "Could not send the 500: " + e);
        }
      }
    } finally {
      // Closing drains what is left of the body: it is I/O under the write deadline. Closing
      // before any headers were sent makes the JDK server drop the connection.
      watch.writing();
      exchange.close();
    }
  }

  /** The answer when every request thread is taken; the body is not read. */
  private static ApiResponse busy(String trackingId) {
    return ErrorBodies.response(
        503,
        "The emulator is serving too many requests at once; retry after Retry-After seconds.",
        Map.of("Retry-After", "1", "Connection", "close"),
        trackingId);
  }
}
