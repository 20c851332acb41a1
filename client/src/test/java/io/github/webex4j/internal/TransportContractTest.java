package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.LockedException;
import io.github.webex4j.RateLimitException;
import io.github.webex4j.RetryPolicy;
import io.github.webex4j.ServerException;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.TokenProvider;
import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.http.EngineSettings;
import io.github.webex4j.http.HttpEngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport's behaviour over the wire (headers, retries, errors, redaction), run once per
 * shipped engine by the subclasses: both engines must pass the same suite.
 */
abstract class TransportContractTest {
  private static final String TEAM = "{\"id\":\"t1\",\"name\":\"A\"}";

  record Item(String id, String name) {}

  /** The engine under test. */
  abstract HttpEngineFactory engine();

  private StubServer stub;
  private RecordingSleeper sleeper;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    sleeper = new RecordingSleeper();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private Transport transport(RetryPolicy policy) {
    return transport(
        stub.baseUri(), policy, TokenProvider.of(TestClients.TOKEN), Duration.ofSeconds(5));
  }

  private Transport transport() {
    return transport(RetryPolicy.defaults());
  }

  private Transport transport(
      URI base, RetryPolicy policy, TokenProvider tokens, Duration timeout) {
    return new Transport(
        new ClientConfig(
            base,
            tokens,
            engine().create(new EngineSettings(Duration.ofSeconds(2), Optional.empty())),
            timeout,
            policy,
            sleeper,
            sleeper.clock(),
            () -> 1.0,
            UserAgent.value(),
            System.getLogger(ClientConfig.LOGGER)));
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void sendsExactHeadersAndAFreshTrackingIdPerRequest() {
    stub.json(200, TEAM).json(200, TEAM);

    transport().get("teams/t1", null, Item.class);
    transport().post("teams", Map.of("name", "A"), Item.class);

    StubServer.Recorded get = stub.requests().get(0);
    StubServer.Recorded post = stub.requests().get(1);
    assertThat(get.header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
    assertThat(get.header("User-Agent"))
        .matches("webex4j/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/\\d+\\.\\d+\\.\\d+");
    assertThat(get.header("Accept")).isEqualTo("application/json");
    assertThat(get.header("Accept-Encoding")).isEqualTo("gzip");
    assertThat(get.header("Content-Type")).isNull();
    assertThat(get.header("TrackingID")).matches("webex4j_[0-9a-f-]{36}_1");
    assertThat(post.header("TrackingID")).matches("webex4j_[0-9a-f-]{36}_1");
    assertThat(post.header("TrackingID")).isNotEqualTo(get.header("TrackingID"));
    assertThat(post.header("Content-Type")).isEqualTo("application/json");
    assertThat(post.bodyText()).isEqualTo("{\"name\":\"A\"}");
  }

  @Test
  void retriedRequestsGetDistinctTrackingIds() {
    stub.empty(503).json(200, TEAM);

    transport().get("teams/t1", null, Item.class);

    String first = stub.requests().get(0).header("TrackingID");
    String second = stub.requests().get(1).header("TrackingID");
    assertThat(first).endsWith("_1");
    assertThat(second).endsWith("_2");
    assertThat(first.substring(0, first.length() - 2))
        .isEqualTo(second.substring(0, second.length() - 2));
  }

  @Test
  void decodesGzipBodies() {
    stub.gzipJson(200, TEAM);

    assertThat(transport().get("teams/t1", null, Item.class)).isEqualTo(new Item("t1", "A"));
  }

  @Test
  void decodesUtf8BodiesFromBytesAndKeepsAnExcerptOfNonAsciiGarbage() {
    String garbage = "{\"name\":\"Caf\u00e9 \u2603 " + "\u00e9".repeat(300);
    stub.json(200, "{\"id\":\"t1\",\"name\":\"Caf\u00e9 \u2603\"}")
        .json(200, "{\"items\":[{\"id\":\"a\",\"name\":\"\u00fc\"}],\"x\":{\"y\":[1]}}")
        .gzipJson(200, garbage);

    assertThat(transport().get("teams/t1", null, Item.class))
        .isEqualTo(new Item("t1", "Caf\u00e9 \u2603"));
    assertThat(transport().list("teams", null, Item.class).items())
        .containsExactly(new Item("a", "\u00fc"));
    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOfSatisfying(
            WebexDecodingException.class,
            e -> assertThat(e.bodyExcerpt()).isEqualTo(garbage.substring(0, 200)));
  }

  @Test
  void encodesQueryOnTheWire() {
    stub.json(200, "{\"items\":[]}");

    transport()
        .list(
            "people",
            Query.create()
                .add("email", "ana+1@example.com")
                .add("displayName", "Ana & Bo Zoë")
                .add("max", 5)
                .add("orgId", null),
            Item.class);

    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/people?email=ana%2B1%40example.com&displayName=Ana%20%26%20Bo%20Zo%C3%AB&max=5");
  }

  @Test
  void sendsTokenOnlyToTheConfiguredOrigin() {
    try (StubServer other = StubServer.start()) {
      other.json(200, TEAM);
      stub.json(200, TEAM);

      transport().get(other.origin() + "/v1/teams/x", null, Item.class);
      transport().get(stub.origin() + "/v1/teams/x", null, Item.class);

      assertThat(other.single().header("Authorization")).isNull();
      assertThat(stub.single().header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
    }
  }

  @Test
  void retryAfterSecondsIsHonouredOn429() {
    stub.empty(429, "Retry-After", "2").json(200, TEAM);

    transport().get("teams/t1", null, Item.class);

    // 2 s plus the Retry-After jitter: a tenth of the wait at most (the test's random source is 1)
    assertThat(sleeper.waits()).containsExactly(ms(2200));
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void retryAfterHttpDateIsMeasuredAgainstTheClock() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            sleeper.clock().instant().plusSeconds(30).atOffset(ZoneOffset.UTC));
    stub.empty(429, "Retry-After", date).json(200, TEAM);

    transport().get("teams/t1", null, Item.class);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(31));
  }

  @Test
  void missingOrGarbageRetryAfterUsesDefaultAndZeroIsClamped() {
    stub.empty(429, "Retry-After", "soon")
        .empty(429)
        .empty(429, "Retry-After", "0")
        .json(200, TEAM);

    transport().get("teams/t1", null, Item.class);

    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(16), Duration.ofSeconds(16), ms(1100));
  }

  @Test
  void retryAfterAboveMaximumFailsAtOnceWithRetryAfter() {
    stub.json(429, "{\"message\":\"Too many\",\"trackingId\":\"R1\"}", "Retry-After", "3600");

    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(3600));
              assertThat(e.trackingId()).isEqualTo("R1");
            });
    assertThat(stub.requests()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void persistent429ExhaustsRetriesThenThrows() {
    for (int i = 0; i < 4; i++) {
      stub.empty(429, "Retry-After", "1");
    }

    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOf(RateLimitException.class);
    assertThat(stub.requests()).hasSize(4);
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void totalBudgetStopsRetryingEarly() {
    stub.empty(429, "Retry-After", "15").empty(429, "Retry-After", "15").json(200, TEAM);
    RetryPolicy policy = RetryPolicy.builder().totalBudget(Duration.ofSeconds(20)).build();

    assertThatThrownBy(() -> transport(policy).get("teams/t1", null, Item.class))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(15)));
    assertThat(stub.requests()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(16));
  }

  @Test
  void postIsRetriedOn429() {
    stub.empty(429, "Retry-After", "1").json(200, TEAM);

    transport().post("teams", Map.of("name", "A"), Item.class);

    assertThat(stub.requests()).hasSize(2);
    assertThat(stub.requests().get(1).bodyText()).isEqualTo("{\"name\":\"A\"}");
  }

  @Test
  void getBacksOffExponentiallyOn503ThenGivesUp() {
    stub.empty(503).empty(503).empty(503).json(503, "{\"message\":\"down\"}");

    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("503")
        .hasMessageContaining("down");
    assertThat(stub.requests()).hasSize(4);
    assertThat(sleeper.waits()).containsExactly(ms(500), ms(1000), ms(2000));
  }

  @Test
  void putDeleteRetryOn504And423() {
    stub.empty(504).json(200, TEAM).empty(423).empty(204);

    transport().put("teams/t1", Map.of("name", "B"), Item.class);
    transport().delete("teams/t1");

    assertThat(stub.requests())
        .extracting(StubServer.Recorded::method)
        .containsExactly("PUT", "PUT", "DELETE", "DELETE");
  }

  @Test
  void lockedHonoursRetryAfterForGet() {
    stub.empty(423, "Retry-After", "5").json(200, TEAM);

    transport().get("contents/c1", null, Item.class);

    assertThat(sleeper.waits()).containsExactly(ms(5500));
  }

  @Test
  void lockedIsNotRetriedForPost() {
    stub.empty(423, "Retry-After", "5");

    assertThatThrownBy(() -> transport().post("x", Map.of(), Item.class))
        .isInstanceOf(LockedException.class);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void postIsNotRetriedOn502Or503WithoutRetryAfter() {
    stub.empty(502).empty(503);

    assertThatThrownBy(() -> transport().post("teams", Map.of("name", "A"), Item.class))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("502");
    assertThatThrownBy(() -> transport().patch("teams/t", Map.of("name", "A"), Item.class))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("503");
    assertThat(stub.requests()).hasSize(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void postIsNotRetriedOn503EvenWithRetryAfterSinceTheServerMayHaveStoredIt() {
    stub.empty(503, "Retry-After", "3").json(200, TEAM);

    assertThatThrownBy(() -> transport().post("teams", Map.of("name", "A"), Item.class))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
    assertThat(stub.requests()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void connectionLostMidBodyIsRetriedForGet() {
    stub.truncate().json(200, TEAM);

    assertThat(transport().get("teams/t1", null, Item.class)).isEqualTo(new Item("t1", "A"));

    assertThat(stub.requests()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(ms(500));
  }

  @Test
  void connectionLostMidBodyIsNotRetriedForPost() {
    stub.truncate().json(200, TEAM);

    assertThatThrownBy(() -> transport().post("teams", Map.of("name", "A"), Item.class))
        .isInstanceOf(WebexIoException.class)
        .hasMessageContaining("POST");
    assertThat(stub.requests()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void droppedConnectionBeforeResponse() {
    // The JDK client may itself retry an idempotent request once on a fresh connection, so GET is
    // given more drops than that; POST must reach the server exactly once.
    stub.drop().drop().json(200, TEAM);

    assertThat(transport().get("teams/t1", null, Item.class)).isEqualTo(new Item("t1", "A"));
    assertThat(sleeper.waits()).isNotEmpty();

    int before = stub.requests().size();
    int waitsBefore = sleeper.waits().size();
    stub.drop().json(200, TEAM);
    assertThatThrownBy(() -> transport().post("teams", Map.of("name", "A"), Item.class))
        .isInstanceOf(WebexIoException.class);
    assertThat(stub.requests().size() - before).isEqualTo(1);
    assertThat(sleeper.waits()).hasSize(waitsBefore);
  }

  @Test
  void connectionRefusedIsRetriedEvenForPost() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Transport refused =
        transport(
            URI.create("http://127.0.0.1:" + port + "/v1"),
            RetryPolicy.defaults(),
            TokenProvider.of(TestClients.TOKEN),
            Duration.ofSeconds(5));

    assertThatThrownBy(() -> refused.post("teams", Map.of("name", "A"), Item.class))
        .isInstanceOf(WebexIoException.class)
        .hasMessageContaining("POST http://127.0.0.1:" + port + "/v1/teams failed:")
        .hasMessageEndingWith("connection refused by 127.0.0.1:" + port);
    assertThat(sleeper.waits()).containsExactly(ms(500), ms(1000), ms(2000));
  }

  @Test
  void requestTimeoutIsAnIoFailure() {
    stub.hang();
    Transport slow =
        transport(
            stub.baseUri(),
            RetryPolicy.none(),
            TokenProvider.of(TestClients.TOKEN),
            Duration.ofMillis(300));

    assertThatThrownBy(() -> slow.get("teams/t1", null, Item.class))
        .isInstanceOf(WebexIoException.class)
        .hasMessageContaining("timed out");
  }

  @Test
  void malformedJsonIsDecodingFailureWithExcerpt() {
    String longGarbage = "{not json " + "x".repeat(500);
    stub.json(200, longGarbage).json(200, "{\"items\":{\"id\":1}}").json(200, "");

    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOfSatisfying(
            WebexDecodingException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.bodyExcerpt()).isEqualTo(longGarbage.substring(0, 200));
              assertThat(e.getMessage()).contains("200").doesNotContain("x".repeat(250));
            });
    assertThatThrownBy(() -> transport().list("teams", null, Item.class))
        .isInstanceOf(WebexDecodingException.class);
    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOf(WebexDecodingException.class);
  }

  @Test
  void voidAnd204DecodeToNull() {
    stub.empty(204).json(200, TEAM);

    assertThat(transport().post("meetings/m/end", null, Item.class)).isNull();
    assertThat(transport().post("x", null, Void.class)).isNull();
    assertThat(stub.requests().get(0).body()).isEmpty();
    // HttpURLConnection names a type for any body it streams, so that engine says JSON
    assertThat(stub.requests().get(0).header("Content-Type")).isIn(null, "application/json");
  }

  @Test
  void unauthorizedIsReplayedOnceAfterRefresh() {
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider rotating =
        new TokenProvider() {
          @Override
          public String token() {
            return "token-" + refreshes.get();
          }

          @Override
          public boolean refreshAfterUnauthorized(String rejected) {
            refreshes.incrementAndGet();
            return true;
          }
        };
    stub.empty(401).json(200, TEAM).empty(401).empty(401);
    Transport t =
        transport(stub.baseUri(), RetryPolicy.defaults(), rotating, Duration.ofSeconds(5));

    assertThat(t.get("teams/t1", null, Item.class)).isEqualTo(new Item("t1", "A"));
    assertThatThrownBy(() -> t.get("teams/t1", null, Item.class))
        .isInstanceOf(UnauthorizedException.class);

    assertThat(stub.requests())
        .extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer token-0", "Bearer token-1", "Bearer token-1", "Bearer token-2");
    assertThat(refreshes).hasValue(2);
  }

  @Test
  void unauthorizedWithoutRefreshIsNotReplayed() {
    stub.empty(401);

    assertThatThrownBy(() -> transport().get("teams/t1", null, Item.class))
        .isInstanceOf(UnauthorizedException.class);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void multipartStreamsFileWithNameAndType(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, "line1\nline2");
    stub.json(200, TEAM);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("roomId", "r1");
    fields.put("text", "see \"file\"");
    fields.put("parentId", null);

    transport()
        .postMultipart(
            "messages",
            fields,
            new FilePart("files", file, "re\"port.txt", "text/plain"),
            Item.class);

    StubServer.Recorded request = stub.single();
    String contentType = request.header("Content-Type");
    assertThat(contentType).startsWith("multipart/form-data; boundary=webex4j-");
    String boundary = contentType.substring(contentType.indexOf('=') + 1);
    assertThat(request.bodyText())
        .isEqualTo(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\nr1\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "see \"file\"\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\";"
                + " filename=\"re%22port.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "line1\nline2\r\n--"
                + boundary
                + "--\r\n");
  }

  @Test
  void multipartRejectsUnreadableFileBeforeSending(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                transport()
                    .postMultipart(
                        "messages",
                        Map.of(),
                        new FilePart("files", dir.resolve("missing.bin"), "m", "x/y"),
                        Item.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.bin");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void downloadStreamsRawBodyWithHeaders() throws IOException {
    stub.json(200, "raw-bytes", "Content-Disposition", "attachment; filename=\"a.txt\"");

    try (RawResponse response = transport().download(stub.origin() + "/v1/contents/c1")) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.header("content-disposition")).contains("attachment; filename=\"a.txt\"");
      assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("raw-bytes");
    }
    assertThat(stub.single().header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
    assertThat(stub.single().header("Accept")).isEqualTo("*/*");
  }

  @Test
  void aTokenEchoedInTheTrackingIdNeverReachesTheExceptionOrItsMessage() {
    stub.json(500, "{\"message\":\"x\",\"trackingId\":\"R_" + TestClients.TOKEN + "\"}")
        .empty(404, "Trackingid", "NA_" + TestClients.TOKEN);
    Transport transport = transport(RetryPolicy.none());

    assertThatThrownBy(() -> transport.get("teams/t1", null, Item.class))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.trackingId()).isEqualTo("R_[REDACTED]");
              assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
            });
    assertThatThrownBy(() -> transport.get("teams/t1", null, Item.class))
        .isInstanceOfSatisfying(
            io.github.webex4j.NotFoundException.class,
            e -> {
              assertThat(e.trackingId()).isEqualTo("NA_[REDACTED]");
              assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
            });
  }

  @Test
  void aShortTokenIsMaskedOnlyWhereItStandsAloneSoMessagesStayReadable() {
    stub.json(400, "{\"message\":\"The Title T is Too long; token T rejected\"}");
    Transport transport =
        transport(stub.baseUri(), RetryPolicy.none(), TokenProvider.of("T"), Duration.ofSeconds(5));

    assertThatThrownBy(() -> transport.post("rooms", Map.of("title", "x"), Item.class))
        .hasMessageContaining("The Title [REDACTED] is Too long; token [REDACTED] rejected");
  }
}
