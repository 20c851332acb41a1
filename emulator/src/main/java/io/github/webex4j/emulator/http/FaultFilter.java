package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.github.webex4j.emulator.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the scripted fault that matches the request, if any ({@link FaultEngine#take}, one use of
 * a counted fault). A fault that fires before the request answers in its place: the rest of the
 * chain (authentication, rate limits, the handler) does not run, and a delay just waits first. A
 * fault that fires after lets the request take effect, then replaces its answer (whatever it was,
 * errors included) or delays it. A dropped connection leaves no answer.
 */
final class FaultFilter extends Filter {
  private final FaultEngine faults;

  FaultFilter(FaultEngine faults) {
    this.faults = faults;
  }

  @Override
  public String description() {
    return "Scripted faults";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    ServedExchange served = ServedExchange.of(exchange);
    Optional<Fault> taken = faults.take(exchange.getRequestMethod(), served.rawPath());
    if (taken.isEmpty()) {
      served.proceed(chain);
      return;
    }
    Fault fault = taken.get();
    if (!fault.isAfter()) {
      if (fault.kind() == Fault.Kind.DELAY) {
        sleep(fault.delay().toMillis());
        served.proceed(chain);
      } else {
        served.respond(answer(fault, served.trackingId()));
      }
      return;
    }
    served.proceed(chain);
    // The request has taken effect; now the client sees the scripted failure instead.
    if (fault.kind() == Fault.Kind.DELAY) {
      sleep(fault.delay().toMillis());
    } else {
      served.respond(answer(fault, served.trackingId()));
    }
  }

  /** The answer a status or malformed-body fault gives; null to drop the connection. */
  private static ApiResponse answer(Fault fault, String trackingId) {
    switch (fault.kind()) {
      case DROP_CONNECTION -> {
        return null;
      }
      case MALFORMED_BODY -> {
        return ApiResponse.bytes(
            fault.status(),
            ApiResponse.JSON,
            "{\"items\":[{\"id\":\"truncated".getBytes(StandardCharsets.UTF_8));
      }
      default -> {
        Map<String, String> headers = new LinkedHashMap<>();
        if (fault.retryAfter() != null) {
          headers.put("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
        }
        return ErrorBodies.response(fault.status(), message(fault.status()), headers, trackingId);
      }
    }
  }

  private static String message(int status) {
    return switch (status) {
      case 429 -> RateLimitFilter.TOO_MANY_REQUESTS;
      case 503 -> "Service Unavailable";
      case 502 -> "Bad Gateway";
      case 504 -> "Gateway Timeout";
      default -> "Injected fault " + status + ".";
    };
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
