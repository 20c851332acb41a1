package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of each filter of the {@code /v1} and {@code /_emulator} chains: faults answer
 * before authentication and the handler, recording sees every answer (faulted, unauthenticated,
 * dropped) with its caller, and per-request state never leaks between concurrent exchanges.
 */
class FilterChainTest {
  private static final String ADMIN_TOKEN = "filter-chain-admin-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final AtomicInteger handled = new AtomicInteger();
  private World world;
  private FaultEngine faults;
  private RequestLog log;
  private EmulatorServer server;
  private Person ana;
  private String anaToken;

  @BeforeEach
  void start() throws IOException {
    world = new World(Clock.systemUTC(), UUID::randomUUID, ADMIN_TOKEN, "admin@example.com");
    ana = world.locked(() -> world.people.create("ana@example.com", "Ana", "person"));
    anaToken = world.locked(() -> world.people.issueToken(ana));
    faults = new FaultEngine(1, world.clock());
    log = new RequestLog(100, 1024 * 1024);
    Router api =
        new Router()
            .get(
                "/whoami",
                r -> {
                  handled.incrementAndGet();
                  return ApiResponse.json(200, Json.object().put("id", r.caller().id));
                })
            .post(
                "/things",
                r -> {
                  handled.incrementAndGet();
                  return ApiResponse.noContent();
                });
    Router control = new Router().get("/state", r -> ApiResponse.noContent());
    server =
        new EmulatorServer(
            0,
            world,
            api,
            control,
            new Router(),
            faults,
            log,
            LocalServer.SETTINGS,
            LocalServer.LIMITS);
  }

  @AfterEach
  void stop() {
    server.close();
    world.close();
  }

  @Test
  void aFaultAnswersBeforeAuthAndHandlerAndIsRecordedWithoutCaller() throws Exception {
    faults.add(Fault.status(503).pathPrefix("/whoami"));

    HttpResponse<String> response = send("GET", "/v1/whoami", null);

    assertThat(response.statusCode()).as("not 401: auth did not run").isEqualTo(503);
    assertThat(handled).hasValue(0);
    assertThat(log.snapshot())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(503);
              assertThat(r.personId()).isNull();
            });
  }

  @Test
  void aFaultAfterTheRequestReplacesItsAnswerAndTheRecordingSeesBoth() throws Exception {
    faults.add(Fault.status(502).after().method("POST").pathPrefix("/things"));

    HttpResponse<String> response = send("POST", "/v1/things", anaToken);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body())
        .contains("Bad Gateway", response.headers().firstValue("Trackingid").orElseThrow());
    assertThat(handled).hasValue(1);
    RecordedRequest recorded = log.snapshot().get(0);
    assertThat(recorded.status()).isEqualTo(502);
    assertThat(recorded.personId()).as("the caller auth found").isEqualTo(ana.id);
  }

  @Test
  void anUnauthenticatedRequestIsRecordedWith401AndNoPerson() throws Exception {
    HttpResponse<String> response = send("GET", "/v1/whoami", "unknown-token");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(handled).hasValue(0);
    RecordedRequest recorded = log.snapshot().get(0);
    assertThat(recorded.status()).isEqualTo(401);
    assertThat(recorded.personId()).isNull();
    assertThat(recorded.headers()).doesNotContainKey("Authorization");
  }

  @Test
  void aDroppedConnectionIsRecordedWithStatusZero() throws Exception {
    faults.add(Fault.dropConnection().pathPrefix("/whoami"));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /v1/whoami HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + anaToken + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      assertThat(in.read()).isEqualTo(-1);
    }

    assertThat(log.snapshot()).singleElement().satisfies(r -> assertThat(r.status()).isZero());
  }

  @Test
  void rateLimitsCountOnlyAuthenticatedRequests() throws Exception {
    faults.rateLimit(anaToken, 1);
    assertThat(send("GET", "/v1/whoami", null).statusCode()).isEqualTo(401);

    assertThat(send("GET", "/v1/whoami", anaToken).statusCode()).isEqualTo(200);
    HttpResponse<String> limited = send("GET", "/v1/whoami", anaToken);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(log.snapshot()).extracting(RecordedRequest::status).containsExactly(401, 200, 429);
  }

  @Test
  void theControlApiNeedsTheAdminTokenAndIsNeitherFaultedNorRecorded() throws Exception {
    faults.add(Fault.status(503));

    assertThat(send("GET", "/_emulator/state", anaToken).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/_emulator/state", null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/_emulator/state", ADMIN_TOKEN).statusCode()).isEqualTo(204);
    assertThat(log.snapshot()).isEmpty();
    assertThat(faults.active()).as("still unused").hasSize(1);
  }

  @Test
  void pathsThatOnlyStartLikeTheApiRootAreNotApiRequests() throws Exception {
    faults.add(Fault.status(503));

    HttpResponse<String> response = send("GET", "/v1whoami", null);

    assertThat(response.statusCode()).as("no token needed, no fault").isEqualTo(404);
    assertThat(log.snapshot()).isEmpty();
  }

  /** 16 requests at once: within 2 request threads plus a queue of 16, so none is refused. */
  @Test
  void concurrentExchangesEachSeeTheirOwnCaller() throws Exception {
    Person bo = world.locked(() -> world.people.create("bo@example.com", "Bo", "person"));
    String boToken = world.locked(() -> world.people.issueToken(bo));
    List<CompletableFuture<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      boolean asAna = i % 2 == 0;
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  HttpResponse<String> r = send("GET", "/v1/whoami", asAna ? anaToken : boToken);
                  return r.body().contains(asAna ? ana.id : bo.id);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (CompletableFuture<Boolean> answer : answers) {
      assertThat(answer.get()).isTrue();
    }
    assertThat(log.snapshot())
        .allSatisfy(r -> assertThat(r.personId()).isIn(ana.id, bo.id))
        .hasSize(16);
  }

  private HttpResponse<String> send(String method, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
