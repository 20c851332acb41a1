package io.github.webex4j.http;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection settings an engine is created with.
 *
 * @param connectTimeout how long opening a connection (TCP and TLS) may take
 * @param proxy the proxy selector; empty for direct connections
 */
public record EngineSettings(Duration connectTimeout, Optional<ProxySelector> proxy) {
  /** Validates that no component is null. */
  public EngineSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(proxy, "proxy");
  }
}
