package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Counts the request against its token's rate limit ({@link FaultEngine#rateLimit}) and answers 429
 * with {@code Retry-After} when it is over. Runs after {@link AuthFilter}: a request refused 401 is
 * not counted.
 */
final class RateLimitFilter extends Filter {
  static final String TOO_MANY_REQUESTS =
      "The user has sent too many requests in a given amount of time. Please refer to the"
          + " Retry-After response header to wait before making a new request.";

  private final FaultEngine faults;

  RateLimitFilter(FaultEngine faults) {
    this.faults = faults;
  }

  @Override
  public String description() {
    return "Per-token rate limits";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    OptionalLong retryAfter = faults.overLimit(AuthFilter.bearer(exchange));
    if (retryAfter.isPresent()) {
      throw new ApiException(
          429, TOO_MANY_REQUESTS, Map.of("Retry-After", Long.toString(retryAfter.getAsLong())));
    }
    chain.doFilter(exchange);
  }
}
