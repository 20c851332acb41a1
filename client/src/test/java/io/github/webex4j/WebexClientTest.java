package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebexClientTest {
  private static final String TEAM = "{\"id\":\"t1\",\"name\":\"A\"}";

  @TempDir Path dir;
  private StubServer stub;

  @BeforeEach
  void start() {
    stub = StubServer.start();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private WebexClient.Builder envBuilder(Map<String, String> env) {
    return WebexClient.builder()
        .baseUrl(stub.baseUri())
        .environment(env)
        .systemProperties(Map.of())
        .workingDirectory(dir)
        .sleeper(d -> {});
  }

  private String tokenSentBy(WebexClient webex) {
    stub.json(200, TEAM);
    webex.teams().get("t1");
    var all = stub.requests();
    return all.get(all.size() - 1).header("Authorization");
  }

  private void writeDotEnv(String content) throws IOException {
    Files.writeString(dir.resolve(".env"), content);
  }

  @Test
  void tokenSourcesAreTriedInOrder() throws IOException {
    writeDotEnv("WEBEX_ACCESS_TOKEN=from-dotenv-access\n");
    Map<String, String> both =
        Map.of("WEBEX_API_TOKEN", "env-api", "WEBEX_ACCESS_TOKEN", "env-acc");

    assertThat(tokenSentBy(envBuilder(both).accessToken("explicit").build()))
        .isEqualTo("Bearer explicit");
    assertThat(tokenSentBy(envBuilder(both).build())).isEqualTo("Bearer env-api");
    assertThat(tokenSentBy(envBuilder(Map.of("WEBEX_ACCESS_TOKEN", "env-acc")).build()))
        .isEqualTo("Bearer env-acc");
    assertThat(tokenSentBy(envBuilder(Map.of("WEBEX_API_TOKEN", " ")).build()))
        .isEqualTo("Bearer from-dotenv-access");
    writeDotEnv("export WEBEX_ACCESS_TOKEN=b\nWEBEX_API_TOKEN=\"a\"\n");
    assertThat(tokenSentBy(envBuilder(Map.of()).build())).isEqualTo("Bearer a");
  }

  @Test
  void dotEnvIsNotReadWhenNotNeeded() throws IOException {
    writeDotEnv("this line is malformed\n");

    assertThat(tokenSentBy(envBuilder(Map.of()).accessToken("t").build())).isEqualTo("Bearer t");
    assertThatThrownBy(() -> envBuilder(Map.of()).build())
        .isInstanceOf(WebexConfigurationException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void missingTokenExplainsWhereItLookedAndHowToGetOne() {
    assertThatThrownBy(() -> envBuilder(Map.of()).build())
        .isInstanceOf(MissingTokenException.class)
        .hasMessageContaining("accessToken(")
        .hasMessageContaining("WEBEX_API_TOKEN")
        .hasMessageContaining("WEBEX_ACCESS_TOKEN")
        .hasMessageContaining(dir.resolve(".env").toString())
        .hasMessageContaining("developer.webex.com")
        .hasMessageContaining("12 hours")
        .hasMessageContaining("bot");
  }

  @Test
  void baseUrlSourcesAndTrailingSlashes() throws IOException {
    WebexClient.Builder noBase =
        WebexClient.builder()
            .accessToken("t")
            .environment(Map.of())
            .systemProperties(Map.of())
            .workingDirectory(dir);
    assertThat(noBase.build().baseUrl()).isEqualTo(URI.create("https://webexapis.com/v1"));

    writeDotEnv("WEBEX_BASE_URL=http://dotenv.example/v1/\n");
    assertThat(noBase.build().baseUrl()).isEqualTo(URI.create("http://dotenv.example/v1"));

    noBase.environment(Map.of("WEBEX_BASE_URL", "https://env.example/v1//"));
    assertThat(noBase.build().baseUrl()).isEqualTo(URI.create("https://env.example/v1"));

    noBase.baseUrl("http://builder.example:8080/v1/");
    assertThat(noBase.build().baseUrl()).isEqualTo(URI.create("http://builder.example:8080/v1"));
  }

  @Test
  void trailingSlashNeverLosesTheVersionSegment() {
    WebexClient webex =
        envBuilder(Map.of()).accessToken("t").baseUrl(stub.baseUri() + "///").build();

    assertThat(tokenSentBy(webex)).isEqualTo("Bearer t");
    assertThat(stub.single().uri()).isEqualTo("/v1/teams/t1");
  }

  @Test
  void invalidBaseUrlIsConfigurationError() {
    for (String bad :
        new String[] {"webexapis.com/v1", "ftp://x/v1", "http:///v1", "https://h/v1?x"}) {
      assertThatThrownBy(() -> envBuilder(Map.of()).accessToken("t").baseUrl(bad).build())
          .as(bad)
          .isInstanceOf(WebexConfigurationException.class)
          .hasMessageContaining("baseUrl");
    }
    assertThatThrownBy(
            () ->
                WebexClient.builder()
                    .environment(Map.of("WEBEX_BASE_URL", "nope"))
                    .accessToken("t")
                    .build())
        .isInstanceOf(WebexConfigurationException.class)
        .hasMessageContaining("WEBEX_BASE_URL");
  }

  @Test
  void builderRejectsBadValues() {
    assertThatThrownBy(() -> WebexClient.builder().accessToken(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebexClient.builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
  }

  @Test
  void withOptionsDerivesAClientAndLeavesTheOriginalUnchanged() {
    WebexClient webex = envBuilder(Map.of()).accessToken("first").build();
    WebexClient derived =
        webex.withOptions(o -> o.accessToken("second").retryPolicy(RetryPolicy.none()));

    assertThat(tokenSentBy(derived)).isEqualTo("Bearer second");
    assertThat(tokenSentBy(webex)).isEqualTo("Bearer first");

    stub.empty(503).json(200, TEAM);
    assertThatThrownBy(() -> derived.teams().get("t1")).isInstanceOf(ServerException.class);
    assertThat(webex.teams().get("t1").id()).isEqualTo("t1");
  }

  @Test
  void withOptionsSharesTheConnectionPool() {
    WebexClient webex = envBuilder(Map.of()).accessToken("t").build();
    WebexClient derived = webex.withOptions(o -> o.requestTimeout(Duration.ofSeconds(5)));
    WebexClient separate = envBuilder(Map.of()).accessToken("t").build();

    tokenSentBy(webex);
    tokenSentBy(derived);
    tokenSentBy(separate);

    var requests = stub.requests();
    assertThat(requests.get(1).clientPort()).isEqualTo(requests.get(0).clientPort());
    assertThat(requests.get(2).clientPort()).isNotEqualTo(requests.get(0).clientPort());
  }

  @Test
  void withOptionsCanRetargetTheBaseUrl() {
    try (StubServer other = StubServer.start()) {
      other.json(200, TEAM);
      WebexClient webex = envBuilder(Map.of()).accessToken("t").build();

      webex.withOptions(o -> o.baseUrl(other.baseUri().toString())).teams().get("t1");

      assertThat(other.single().uri()).isEqualTo("/v1/teams/t1");
      assertThat(stub.requests()).isEmpty();
    }
  }

  @Test
  void toStringsShowNoToken() {
    WebexClient.Builder builder = envBuilder(Map.of()).accessToken(TestClients.TOKEN);
    WebexClient webex = builder.build();

    assertThat(webex.toString())
        .contains(stub.baseUri().toString())
        .doesNotContain(TestClients.TOKEN);
    assertThat(builder.toString()).doesNotContain(TestClients.TOKEN);
    assertThat(TokenProvider.of(TestClients.TOKEN).toString()).doesNotContain(TestClients.TOKEN);
  }
}
