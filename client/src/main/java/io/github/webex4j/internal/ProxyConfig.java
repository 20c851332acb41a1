package io.github.webex4j.internal;

import io.github.webex4j.WebexConfigurationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the proxy for the client's {@code HttpClient}, first match wins (the order issue 2
 * specifies: settings made by whoever runs the program beat the application's default):
 *
 * <ol>
 *   <li>JVM properties {@code https.proxyHost}/{@code https.proxyPort} and {@code
 *       http.proxyHost}/{@code http.proxyPort}, with {@code http.nonProxyHosts};
 *   <li>environment {@code HTTPS_PROXY}/{@code HTTP_PROXY} (or lower-case), with {@code NO_PROXY};
 *   <li>the {@link ProxySelector} given to the builder;
 *   <li>no proxy.
 * </ol>
 *
 * Loopback hosts are always reached directly when the proxy comes from the environment (the JVM's
 * own default {@code http.nonProxyHosts} does the same for properties). Credentials in proxy URLs
 * are not supported.
 */
public final class ProxyConfig {
  private ProxyConfig() {}

  /**
   * @param explicit the builder's selector (the fallback), may be null
   * @param systemProperties lookup of JVM properties (null for absent)
   * @param env environment variables
   * @return the selector to use, or empty for direct connections
   * @throws WebexConfigurationException if a proxy setting cannot be parsed
   */
  public static Optional<ProxySelector> select(
      ProxySelector explicit, Function<String, String> systemProperties, Map<String, String> env) {
    InetSocketAddress httpsProp = fromProperties(systemProperties, "https");
    InetSocketAddress httpProp = fromProperties(systemProperties, "http");
    if (httpsProp != null || httpProp != null) {
      String nonProxy = systemProperties.apply("http.nonProxyHosts");
      List<String> patterns =
          nonProxy == null
              ? List.of("localhost", "127.*", "[::1]")
              : List.of(nonProxy.split("\\|"));
      return Optional.of(new Selector(httpsProp, httpProp, patterns, false));
    }
    InetSocketAddress httpsEnv = fromUrl(envValue(env, "HTTPS_PROXY"), "HTTPS_PROXY");
    InetSocketAddress httpEnv = fromUrl(envValue(env, "HTTP_PROXY"), "HTTP_PROXY");
    if (httpsEnv != null || httpEnv != null) {
      String noProxy = envValue(env, "NO_PROXY");
      List<String> patterns = new ArrayList<>();
      if (noProxy != null) {
        for (String entry : noProxy.split(",")) {
          if (!entry.isBlank()) {
            patterns.add(noProxyPattern(entry.strip()));
          }
        }
      }
      return Optional.of(new Selector(httpsEnv, httpEnv, patterns, true));
    }
    return Optional.ofNullable(explicit);
  }

  private static String noProxyPattern(String entry) {
    String host = entry.replaceFirst(":\\d+$", "");
    if (host.equals("*")) {
      return "*";
    }
    if (host.startsWith(".")) {
      return "*" + host;
    }
    return host;
  }

  private static String envValue(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      value = env.get(name.toLowerCase(Locale.ROOT));
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static InetSocketAddress fromProperties(Function<String, String> props, String scheme) {
    String host = props.apply(scheme + ".proxyHost");
    if (host == null || host.isBlank()) {
      return null;
    }
    String port = props.apply(scheme + ".proxyPort");
    int defaultPort = scheme.equals("https") ? 443 : 80;
    try {
      return InetSocketAddress.createUnresolved(
          host.strip(),
          port == null || port.isBlank() ? defaultPort : Integer.parseInt(port.strip()));
    } catch (IllegalArgumentException e) {
      throw new WebexConfigurationException(scheme + ".proxyPort is not a valid port", e);
    }
  }

  private static InetSocketAddress fromUrl(String value, String name) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = URI.create(value.contains("://") ? value : "http://" + value);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("no host");
      }
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      return InetSocketAddress.createUnresolved(uri.getHost(), port);
    } catch (IllegalArgumentException e) {
      throw new WebexConfigurationException(name + " is not a valid proxy URL", e);
    }
  }

  /** Matches a host against {@code *}-wildcard patterns, case-insensitively. */
  static boolean matches(String host, String pattern) {
    String h = host.toLowerCase(Locale.ROOT);
    String p = pattern.toLowerCase(Locale.ROOT).strip();
    if (p.equals("*")) {
      return true;
    }
    if (p.startsWith("*")) {
      String suffix = p.substring(1);
      return h.endsWith(suffix) || ("." + h).equals(suffix);
    }
    if (p.endsWith("*")) {
      return h.startsWith(p.substring(0, p.length() - 1));
    }
    return h.equals(p) || h.endsWith("." + p);
  }

  private static final class Selector extends ProxySelector {
    private final InetSocketAddress https;
    private final InetSocketAddress http;
    private final List<String> bypass;
    private final boolean bypassLoopback;

    Selector(
        InetSocketAddress https, InetSocketAddress http, List<String> bypass, boolean loopback) {
      this.https = https;
      this.http = http;
      this.bypass = List.copyOf(bypass);
      this.bypassLoopback = loopback;
    }

    @Override
    public List<Proxy> select(URI uri) {
      String host = uri.getHost() == null ? "" : uri.getHost();
      InetSocketAddress proxy = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
      if (proxy == null || bypassed(host)) {
        return List.of(Proxy.NO_PROXY);
      }
      // Resolved per selection so DNS changes of the proxy host are picked up.
      return List.of(
          new Proxy(
              Proxy.Type.HTTP, new InetSocketAddress(proxy.getHostString(), proxy.getPort())));
    }

    private boolean bypassed(String host) {
      if (bypassLoopback
          && (host.equalsIgnoreCase("localhost")
              || host.startsWith("127.")
              || host.equals("[::1]")
              || host.equals("::1"))) {
        return true;
      }
      return bypass.stream().anyMatch(pattern -> matches(host, pattern));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
      // Nothing to remember: the transport reports the failure and its retry policy applies.
    }

    @Override
    public String toString() {
      return "ProxySelector[https=" + https + ", http=" + http + ", bypass=" + bypass + "]";
    }
  }
}
