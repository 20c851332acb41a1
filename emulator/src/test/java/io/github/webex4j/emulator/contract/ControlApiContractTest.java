package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class ControlApiContractTest {

  @Test
  void createsPeopleWithTokensAndRequiresTheAdminToken(
      @WebexEmulatorExtension.Fresh WebexEmulator emu) {
    Api admin = new Api(emu);
    Api.Resp resp =
        admin.post(
            "/_emulator/people",
            "{\"email\":\"cli@example.com\",\"displayName\":\"Cli\",\"type\":\"bot\"}");
    assertThat(resp.status()).isEqualTo(200);
    String token = resp.json().path("token").asText();
    JsonNode person = resp.json().path("person");
    assertThat(person.path("type").asText()).isEqualTo("bot");
    assertThat(admin.as(token).get("/people/me").json().path("id").asText())
        .isEqualTo(person.path("id").asText());
    assertThat(admin.as(token).post("/_emulator/reset", "{}").status()).isEqualTo(403);
    assertThat(admin.as(null).post("/_emulator/reset", "{}").status()).isEqualTo(401);
    assertThat(admin.post("/_emulator/people", "{\"email\":\"cli@example.com\"}").status())
        .isEqualTo(409);
    assertThat(admin.post("/_emulator/people", "{\"email\":\"bad\"}").status()).isEqualTo(400);
    assertThat(admin.post("/_emulator/people", "{\"email\":\"x@y.z\",\"type\":\"robot\"}").status())
        .isEqualTo(400);
    assertThat(admin.get("/_emulator/nope").status()).isEqualTo(404);
    String id =
        admin
            .post("/people", "{\"emails\":[\"made@example.com\"],\"displayName\":\"Made\"}")
            .json()
            .path("id")
            .asText();
    Api.Resp minted = admin.post("/_emulator/tokens", "{\"personId\":\"" + id + "\"}");
    assertThat(minted.status()).isEqualTo(200);
    assertThat(
            admin
                .as(minted.json().path("token").asText())
                .get("/people/me")
                .json()
                .path("id")
                .asText())
        .isEqualTo(id);
    assertThat(admin.post("/_emulator/tokens", "{\"personId\":\"nope\"}").status()).isEqualTo(404);
  }

  @Test
  void resetForgetsEverythingButKeepsTheAdminToken(
      @WebexEmulatorExtension.Fresh WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana@reset.example.com", "Ana");
    Api admin = new Api(emu);
    String roomId = admin.post("/rooms", "{\"title\":\"gone\"}").json().path("id").asText();
    String orgBefore = admin.get("/people/me").json().path("orgId").asText();
    emu.faults().rateLimit(ana.token(), 100);
    assertThat(admin.post("/_emulator/reset", "").status()).isEqualTo(204);
    assertThat(admin.get("/rooms/" + roomId).status()).isEqualTo(404);
    assertThat(admin.as(ana.token()).get("/people/me").status()).isEqualTo(401);
    assertThat(admin.get("/people/me").json().path("orgId").asText()).isNotEqualTo(orgBefore);
    assertThat(emu.faults().active()).isEmpty();
    emu.createPerson("ana@reset.example.com", "Ana again");
    emu.reset();
    assertThat(emu.requests()).isEmpty();
  }

  @Test
  void faultsByHttpMatchMethodPathAndCount(@WebexEmulatorExtension.Fresh WebexEmulator emu) {
    Api admin = new Api(emu).allowing5xx();
    Api.Resp added =
        admin.post(
            "/_emulator/faults",
            "{\"kind\":\"status\",\"status\":429,\"retryAfter\":7,\"method\":\"get\","
                + "\"pathPrefix\":\"/rooms\",\"count\":2}");
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().path("count").asInt()).isEqualTo(2);
    assertThat(admin.get("/_emulator/faults").items()).hasSize(1);
    assertThat(admin.post("/rooms", "{\"title\":\"not matched\"}").status()).isEqualTo(200);
    assertThat(admin.get("/people/me").status()).isEqualTo(200);
    Api.Resp limited = admin.get("/rooms");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("7");
    assertThat(admin.get("/rooms?max=1").status()).isEqualTo(429);
    assertThat(admin.get("/rooms").status()).isEqualTo(200);
    assertThat(admin.get("/_emulator/faults").items()).isEmpty();

    admin.post("/_emulator/faults", "{\"kind\":\"status\",\"status\":503}");
    assertThat(admin.get("/teams").status()).isEqualTo(503);
    admin.post("/_emulator/faults", "{\"kind\":\"malformed\"}");
    Api.Resp malformed = admin.unvalidated().send("GET", "/rooms", null, null);
    assertThat(malformed.status()).isEqualTo(200);
    assertThat(malformed.body()).startsWith("{\"items\":[");
    assertThatThrownBy(malformed::json).isInstanceOf(AssertionError.class);
    // POST: the JDK client silently retries an idempotent GET once on a dropped connection.
    admin.post(
        "/_emulator/faults",
        "{\"kind\":\"drop\",\"method\":\"POST\",\"pathPrefix\":\"/v1/rooms\"}");
    assertThatThrownBy(() -> admin.post("/rooms", "{\"title\":\"t\"}"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(admin.get("/people/me").status()).isEqualTo(200);
    admin.post("/_emulator/faults", "{\"kind\":\"delay\",\"delayMs\":50}");
    assertThat(admin.get("/people/me").status()).isEqualTo(200);
    admin.post("/_emulator/faults", "{\"kind\":\"status\",\"status\":500,\"fraction\":1.0}");
    assertThat(admin.get("/_emulator/faults").items().get(0).path("fraction").asDouble())
        .isEqualTo(1.0);
    assertThat(admin.delete("/_emulator/faults").status()).isEqualTo(204);
    assertThat(admin.get("/people/me").status()).isEqualTo(200);

    assertThat(admin.post("/_emulator/faults", "{\"kind\":\"explode\"}").status()).isEqualTo(400);
    assertThat(admin.post("/_emulator/faults", "{\"status\":200}").status()).isEqualTo(400);
    assertThat(admin.post("/_emulator/faults", "{\"status\":\"x\"}").status()).isEqualTo(400);
    assertThat(admin.post("/_emulator/faults", "{\"fraction\":2}").status()).isEqualTo(400);
    assertThat(admin.post("/_emulator/faults", "{\"count\":0}").status()).isEqualTo(400);
  }

  @Test
  void fractionFaultsAreSeededAndDeterministic() {
    List<Integer> first = statuses(7);
    assertThat(first).contains(200, 503);
    assertThat(statuses(7)).isEqualTo(first);
  }

  private static List<Integer> statuses(long seed) {
    try (WebexEmulator emu = WebexEmulator.builder().seed(seed).start()) {
      emu.faults().add(Fault.status(503).fraction(0.5).pathPrefix("/people"));
      Api api = new Api(emu).allowing5xx();
      return java.util.stream.IntStream.range(0, 20)
          .mapToObj(i -> api.get("/people/me").status())
          .toList();
    }
  }

  @Test
  void rateLimitPerTokenOnTheEmulatorClock() {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    try (WebexEmulator emu = WebexEmulator.builder().clock(fixed).start()) {
      EmulatedPerson ana = emu.createPerson("ana@rate.example.com", "Ana");
      Api admin = new Api(emu);
      assertThat(
              admin
                  .put(
                      "/_emulator/rate-limit",
                      "{\"token\":\"" + ana.token() + "\",\"requestsPerSecond\":2}")
                  .status())
          .isEqualTo(204);
      Api asAna = admin.as(ana.token());
      assertThat(asAna.get("/people/me").status()).isEqualTo(200);
      assertThat(asAna.get("/people/me").status()).isEqualTo(200);
      Api.Resp limited = asAna.get("/people/me");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("1");
      assertThat(limited.message()).contains("too many requests");
      assertThat(admin.get("/people/me").status()).as("other tokens unaffected").isEqualTo(200);
      emu.faults().rateLimitEveryToken(1);
      assertThat(admin.get("/people/me").status()).isEqualTo(200);
      assertThat(admin.get("/people/me").status()).isEqualTo(429);
      admin.put("/_emulator/rate-limit", "{\"requestsPerSecond\":0}");
      emu.faults().rateLimit(ana.token(), 0);
      assertThat(asAna.get("/people/me").status()).isEqualTo(200);
      assertThat(admin.put("/_emulator/rate-limit", "{\"requestsPerSecond\":\"x\"}").status())
          .isEqualTo(400);
    }
  }

  @Test
  void recordsRequestsWithoutTheAuthorizationHeader(
      @WebexEmulatorExtension.Fresh WebexEmulator emu) {
    Api admin = new Api(emu);
    admin.post("/rooms?x=1", "{\"title\":\"recorded\"}");
    admin.as("wrong-token").get("/rooms");
    List<RecordedRequest> requests = emu.requests();
    assertThat(requests).hasSize(2);
    RecordedRequest first = requests.get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/v1/rooms");
    assertThat(first.query()).isEqualTo("x=1");
    assertThat(first.body()).contains("recorded");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.personId()).isEqualTo(emu.admin().id());
    assertThat(first.headers().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization"));
    assertThat(requests.get(1).status()).isEqualTo(401);
    assertThat(requests.get(1).personId()).isNull();
    List<JsonNode> recorded = admin.get("/_emulator/requests").items();
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(0).toString()).doesNotContain(emu.adminToken());
    assertThat(admin.delete("/_emulator/requests").status()).isEqualTo(204);
    assertThat(emu.requests()).isEmpty();
  }

  @Test
  void javaFaultsApi(@WebexEmulatorExtension.Fresh WebexEmulator emu) {
    Api admin = new Api(emu).allowing5xx();
    emu.faults().next(429, Duration.ofSeconds(3));
    Api.Resp resp = admin.get("/rooms");
    assertThat(resp.status()).isEqualTo(429);
    assertThat(resp.header("Retry-After")).isEqualTo("3");
    emu.faults().add(Fault.status(502).method("POST").pathPrefix("/messages").times(2));
    assertThat(emu.faults().active()).hasSize(1);
    assertThat(emu.faults().active().get(0).toString()).contains("502", "POST", "/v1/messages");
    assertThat(admin.post("/messages", "{}").status()).isEqualTo(502);
    assertThat(admin.post("/messages", "{}").status()).isEqualTo(502);
    assertThat(admin.post("/messages", "{}").status()).isEqualTo(400);
    emu.faults().next(503).clear();
    assertThat(admin.get("/rooms").status()).isEqualTo(200);
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(500).fraction(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
