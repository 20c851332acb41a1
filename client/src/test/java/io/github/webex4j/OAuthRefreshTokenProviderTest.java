package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthRefreshTokenProviderTest {
  private static final String TEAM = "{\"id\":\"t1\",\"name\":\"A\"}";
  private static final String SECRET = "client-SECRET-value";
  private static final String REFRESH = "refresh-TOKEN-1";

  private StubServer stub;
  private TestClients.RecordingSleeper time;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    time = new TestClients.RecordingSleeper();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private OAuthRefreshTokenProvider provider() {
    return OAuthRefreshTokenProvider.builder()
        .clientId("C1")
        .clientSecret(SECRET)
        .refreshToken(REFRESH)
        .tokenUrl(stub.baseUri() + "/access_token")
        .clock(time.clock())
        .build();
  }

  private static String tokens(String access, long expiresIn, String refresh) {
    return "{\"access_token\":\""
        + access
        + "\",\"expires_in\":"
        + expiresIn
        + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"")
        + ",\"refresh_token_expires_in\":7776000}";
  }

  private WebexClient client(OAuthRefreshTokenProvider provider) {
    return TestClients.builder(stub, time).tokenProvider(provider).build();
  }

  @Test
  void fetchesATokenWithTheRefreshGrantOnFirstUse() {
    stub.json(200, tokens("access-1", 3600, null)).json(200, TEAM);

    client(provider()).teams().get("t1");

    StubServer.Recorded exchange = stub.requests().get(0);
    assertThat(exchange.method()).isEqualTo("POST");
    assertThat(exchange.uri()).isEqualTo("/v1/access_token");
    assertThat(exchange.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(exchange.bodyText())
        .isEqualTo(
            "grant_type=refresh_token&client_id=C1&client_secret="
                + SECRET
                + "&refresh_token="
                + REFRESH);
    assertThat(stub.requests().get(1).header("Authorization")).isEqualTo("Bearer access-1");
  }

  @Test
  void theTokenCallGoesThroughTheGivenEngine() {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpEngineFactory recording =
        settings -> {
          HttpEngine light = HttpEngines.urlConnection().create(settings);
          return request -> {
            seen.add(request.method() + " " + request.uri().getPath());
            return light.execute(request);
          };
        };
    stub.json(200, tokens("access-1", 3600, null));
    OAuthRefreshTokenProvider provider =
        OAuthRefreshTokenProvider.builder()
            .clientId("C1")
            .clientSecret(SECRET)
            .refreshToken(REFRESH)
            .tokenUrl(stub.baseUri() + "/access_token")
            .httpEngine(recording)
            .build();

    assertThat(provider.token()).isEqualTo("access-1");
    assertThat(seen).containsExactly("POST /v1/access_token");
    assertThat(stub.single().header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(stub.single().bodyText()).startsWith("grant_type=refresh_token&client_id=C1");
  }

  @Test
  void refreshesBeforeExpiryAndKeepsRotatedRefreshToken() throws InterruptedException {
    OAuthRefreshTokenProvider provider = provider();
    stub.json(200, tokens("access-1", 3600, "refresh-TOKEN-2"))
        .json(200, tokens("access-2", 3600, null));

    assertThat(provider.token()).isEqualTo("access-1");
    time.sleep(Duration.ofSeconds(3600 - 301));
    assertThat(provider.token()).isEqualTo("access-1");
    assertThat(stub.requests()).hasSize(1);
    time.sleep(Duration.ofSeconds(2));
    assertThat(provider.token()).isEqualTo("access-2");

    assertThat(stub.requests()).hasSize(2);
    assertThat(stub.requests().get(1).bodyText()).endsWith("&refresh_token=refresh-TOKEN-2");
  }

  @Test
  void refreshesOnceAfter401AndReplaysOnce() {
    stub.json(200, tokens("access-1", 3600, null))
        .empty(401)
        .json(200, tokens("access-2", 3600, null))
        .json(200, TEAM);

    assertThat(client(provider()).teams().get("t1").id()).isEqualTo("t1");

    assertThat(stub.requests())
        .extracting(r -> r.uri() + " " + r.header("Authorization"))
        .containsExactly(
            "/v1/access_token null",
            "/v1/teams/t1 Bearer access-1",
            "/v1/access_token null",
            "/v1/teams/t1 Bearer access-2");
  }

  @Test
  void secondUnauthorizedIsNotReplayedAgain() {
    stub.json(200, tokens("access-1", 3600, null))
        .empty(401)
        .json(200, tokens("access-2", 3600, null))
        .json(401, "{\"message\":\"The request requires a valid access token\"}");

    assertThatThrownBy(() -> client(provider()).teams().get("t1"))
        .isInstanceOf(UnauthorizedException.class);
    assertThat(stub.requests()).hasSize(4);
  }

  @Test
  void rejectedRefreshIsAnApiErrorWithoutSecrets() {
    stub.json(
        400,
        "{\"message\":\"invalid refresh_token " + REFRESH + " for client_secret=" + SECRET + "\"}");
    OAuthRefreshTokenProvider provider = provider();

    assertThatThrownBy(provider::token)
        .isInstanceOf(BadRequestException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage() + e)
                    .doesNotContain(REFRESH)
                    .doesNotContain(SECRET)
                    .contains("[REDACTED]"));
    assertThat(provider.toString()).doesNotContain(SECRET).doesNotContain(REFRESH);
  }

  @Test
  void malformedTokenResponseIsDecodingError() {
    stub.json(200, "{\"access_token\":\"a\"}");

    assertThatThrownBy(() -> provider().token()).isInstanceOf(WebexDecodingException.class);
  }

  @Test
  void builderNamesMissingFields() {
    assertThatThrownBy(() -> OAuthRefreshTokenProvider.builder().clientId("c").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientSecret");
  }
}
