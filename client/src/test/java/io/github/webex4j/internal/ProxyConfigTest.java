package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.WebexConfigurationException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyConfigTest {
  private static final URI WEBEX = URI.create("https://webexapis.com/v1/rooms");

  private static String target(ProxySelector selector, URI uri) {
    Proxy proxy = selector.select(uri).get(0);
    if (proxy.type() == Proxy.Type.DIRECT) {
      return "DIRECT";
    }
    InetSocketAddress address = (InetSocketAddress) proxy.address();
    return address.getHostString() + ":" + address.getPort();
  }

  @Test
  void noSettingsMeansDirect() {
    assertThat(ProxyConfig.select(null, name -> null, Map.of())).isEmpty();
  }

  @Test
  void explicitSelectorIsTheFallback() {
    ProxySelector explicit = ProxySelector.of(new InetSocketAddress("127.0.0.1", 9));

    assertThat(ProxyConfig.select(explicit, name -> null, Map.of())).containsSame(explicit);
    assertThat(
            target(
                ProxyConfig.select(
                        explicit, name -> null, Map.of("HTTPS_PROXY", "http://127.0.0.3:3128"))
                    .orElseThrow(),
                WEBEX))
        .isEqualTo("127.0.0.3:3128");
    assertThat(
            target(
                ProxyConfig.select(explicit, Map.of("https.proxyHost", "127.0.0.4")::get, Map.of())
                    .orElseThrow(),
                WEBEX))
        .isEqualTo("127.0.0.4:443");
  }

  @Test
  void jvmPropertiesWinOverEnvironment() {
    ProxySelector selector =
        ProxyConfig.select(
                null,
                Map.of("https.proxyHost", "127.0.0.1", "https.proxyPort", "8443")::get,
                Map.of("HTTPS_PROXY", "http://127.0.0.2:3128"))
            .orElseThrow();

    assertThat(target(selector, WEBEX)).isEqualTo("127.0.0.1:8443");
    assertThat(target(selector, URI.create("http://plain.example/x"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://localhost/x"))).isEqualTo("DIRECT");
  }

  @Test
  void jvmNonProxyHostsPatterns() {
    ProxySelector selector =
        ProxyConfig.select(
                null,
                Map.of(
                        "https.proxyHost", "127.0.0.1",
                        "http.nonProxyHosts", "*.internal|webexapis.com")
                    ::get,
                Map.of())
            .orElseThrow();

    assertThat(target(selector, WEBEX)).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://a.b.internal/x"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://other.example/x"))).isEqualTo("127.0.0.1:443");
  }

  @Test
  void environmentProxyWithNoProxy() {
    ProxySelector selector =
        ProxyConfig.select(
                null,
                name -> null,
                Map.of(
                    "https_proxy", "http://127.0.0.1:3128",
                    "NO_PROXY", "corp.example, .svc,exact.example:8080"))
            .orElseThrow();

    assertThat(target(selector, WEBEX)).isEqualTo("127.0.0.1:3128");
    assertThat(target(selector, URI.create("https://api.corp.example/x"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://corp.example/x"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://a.svc/x"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://exact.example/x"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("https://notcorp.example/x")))
        .isEqualTo("127.0.0.1:3128");
    assertThat(target(selector, URI.create("https://127.0.0.1:8080/v1"))).isEqualTo("DIRECT");
    assertThat(target(selector, URI.create("http://plain.example/x"))).isEqualTo("DIRECT");
  }

  @Test
  void noProxyStarDisablesProxy() {
    ProxySelector selector =
        ProxyConfig.select(
                null, name -> null, Map.of("HTTPS_PROXY", "127.0.0.1:3128", "NO_PROXY", "*"))
            .orElseThrow();

    assertThat(target(selector, WEBEX)).isEqualTo("DIRECT");
    assertThat(selector.select(WEBEX)).isEqualTo(List.of(Proxy.NO_PROXY));
  }

  @Test
  void invalidSettingsAreConfigurationErrors() {
    assertThatThrownBy(
            () ->
                ProxyConfig.select(
                    null, Map.of("https.proxyHost", "h", "https.proxyPort", "x")::get, Map.of()))
        .isInstanceOf(WebexConfigurationException.class)
        .hasMessageContaining("https.proxyPort");
    assertThatThrownBy(() -> ProxyConfig.select(null, n -> null, Map.of("HTTPS_PROXY", "http://")))
        .isInstanceOf(WebexConfigurationException.class)
        .hasMessageContaining("HTTPS_PROXY");
  }
}
