package io.github.webex4j.emulator.http;

import java.time.Duration;

/**
 * How the HTTP front end protects itself from slow or hostile clients.
 *
 * @param headerTimeout the longest a request may take, from its first byte, until its headers are
 *     complete; past it the connection is closed
 * @param bodyTimeout the longest reading a request body, or writing a response (body included), may
 *     take; past it the connection is closed
 * @param queue requests that may wait for a free request thread; beyond, the answer is 503 with
 *     {@code Retry-After}
 */
public record ServerLimits(Duration headerTimeout, Duration bodyTimeout, int queue) {
  /** Checks the values. */
  public ServerLimits {
    if (headerTimeout.isNegative() || headerTimeout.isZero()) {
      throw new IllegalArgumentException("headerTimeout must be positive");
    }
    if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
      throw new IllegalArgumentException("bodyTimeout must be positive");
    }
    if (queue < 0) {
      throw new IllegalArgumentException("queue must not be negative");
    }
  }
}
