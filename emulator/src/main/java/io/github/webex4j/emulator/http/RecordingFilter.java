package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.github.webex4j.emulator.RecordedRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every request that gets an answer (or a dropped connection) in the {@link RequestLog},
 * once the rest of the chain has answered and before the answer is written: a client that has its
 * answer always finds its request in the log. Faulted, refused and unauthenticated requests are
 * recorded too (status 0 for a dropped connection, no person without a known token); a request
 * whose client went away while it was read is not. The {@code Authorization} header is left out and
 * a body above {@link #MAX_RECORDED_BODY} bytes (or not UTF-8) is recorded as its length.
 */
final class RecordingFilter extends Filter {
  private static final int MAX_RECORDED_BODY = 16 * 1024;

  private final RequestLog log;
  private final Clock clock;

  RecordingFilter(RequestLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "Records requests and their answer's status";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    ServedExchange served = ServedExchange.of(exchange);
    served.proceed(chain);
    log.add(recorded(served));
  }

  private RecordedRequest recorded(ServedExchange exchange) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name, List.copyOf(values));
              }
            });
    String query = exchange.getRequestURI().getRawQuery();
    ApiResponse response = exchange.response();
    return new RecordedRequest(
        clock.instant(),
        exchange.getRequestMethod(),
        exchange.rawPath(),
        query == null ? "" : query,
        headers,
        bodyText(exchange.body()),
        response == null ? 0 : response.status(),
        exchange.caller() == null ? null : exchange.caller().id);
  }

  private static String bodyText(RequestBody body) {
    if (body.length() > MAX_RECORDED_BODY) {
      return "<" + body.length() + " bytes>";
    }
    try {
      return Utf8.decode(body.bytes(), "body");
    } catch (ApiException e) {
      return "<" + body.length() + " bytes>";
    }
  }
}
