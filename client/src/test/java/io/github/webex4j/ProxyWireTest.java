package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.teams.Team;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stub plays an HTTP proxy: a proxied plain-http request arrives with an absolute URI. */
class ProxyWireTest {
  private static final String TEAM = "{\"id\":\"t1\",\"name\":\"A\"}";
  private static final String REMOTE = "http://webex.invalid/v1";

  private StubServer proxy;

  @BeforeEach
  void start() {
    proxy = StubServer.start();
    proxy.json(200, TEAM);
  }

  @AfterEach
  void stop() {
    proxy.close();
  }

  private WebexClient.Builder builder() {
    return TestClients.builder(proxy, new TestClients.RecordingSleeper())
        .baseUrl(REMOTE)
        .retryPolicy(RetryPolicy.none());
  }

  private int proxyPort() {
    return Integer.parseInt(proxy.origin().substring(proxy.origin().lastIndexOf(':') + 1));
  }

  private void assertProxied() {
    StubServer.Recorded request = proxy.single();
    assertThat(request.uri()).isEqualTo("http://webex.invalid/v1/teams/t1");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
  }

  @Test
  void environmentHttpProxyIsUsed() {
    WebexClient webex =
        builder().environment(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxyPort())).build();

    Team team = webex.teams().get("t1");

    assertThat(team.id()).isEqualTo("t1");
    assertProxied();
  }

  @Test
  void jvmPropertiesWinOverEnvironment() {
    WebexClient webex =
        builder()
            .systemProperties(
                Map.of(
                    "http.proxyHost", "127.0.0.1", "http.proxyPort", String.valueOf(proxyPort())))
            .environment(Map.of("HTTP_PROXY", "http://127.0.0.1:1"))
            .build();

    webex.teams().get("t1");

    assertProxied();
  }

  @Test
  void explicitProxyIsUsedWhenTheEnvironmentSetsNone() {
    WebexClient webex =
        builder().proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxyPort()))).build();

    webex.teams().get("t1");

    assertProxied();
  }

  @Test
  void environmentProxyWinsOverTheExplicitOne() {
    WebexClient webex =
        builder()
            .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", 1)))
            .environment(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxyPort()))
            .build();

    webex.teams().get("t1");

    assertProxied();
  }

  @Test
  void noProxyBypassesTheEnvironmentProxy() {
    WebexClient webex =
        builder()
            .connectTimeout(java.time.Duration.ofSeconds(2))
            .environment(
                Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxyPort(), "NO_PROXY", ".invalid"))
            .build();

    // Direct connection to an unresolvable host fails; the proxy must not see the request.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> webex.teams().get("t1"))
        .isInstanceOf(WebexIoException.class);
    assertThat(proxy.requests()).isEmpty();
  }
}
