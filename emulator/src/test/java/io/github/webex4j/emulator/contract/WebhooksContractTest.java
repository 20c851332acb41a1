package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhooksContractTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static WebexEmulator emu;
  private static int seq;

  @BeforeAll
  static void start() {
    emu =
        WebexEmulator.builder()
            .webhookAttempts(2)
            .webhookRetryDelay(Duration.ofMillis(10))
            .webhookDisableAfter(2)
            .start();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private static EmulatedPerson person() {
    int n = ++seq;
    return emu.createPerson("w" + n + "@hooks.example.com", "Hooker " + n);
  }

  private static String hook(Api api, String url, String resource, String event, String extra) {
    Api.Resp resp =
        api.post(
            "/webhooks",
            "{\"name\":\"h\",\"targetUrl\":"
                + q(url)
                + ",\"resource\":\""
                + resource
                + "\",\"event\":\""
                + event
                + "\""
                + extra
                + "}");
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json().path("id").asText();
  }

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void crudAndValidation() {
    EmulatedPerson ana = person();
    Api api = new Api(emu).as(ana.token());
    String id = hook(api, "http://localhost:9/x", "messages", "created", ",\"secret\":\"s\"");
    JsonNode hook = api.get("/webhooks/" + id).json();
    assertThat(hook.path("status").asText()).isEqualTo("active");
    assertThat(hook.path("ownedBy").asText()).isEqualTo("creator");
    assertThat(hook.path("createdBy").asText()).isEqualTo(ana.id());
    hook(api, "http://[::1]:9/x", "all", "all", "");
    hook(api, "http://127.0.0.2:9/x", "memberships", "deleted", "");
    assertThat(Paths.pageAll(api, "/webhooks?max=1", 1, 3)).hasSize(3);
    JsonNode updated =
        api.put("/webhooks/" + id, "{\"name\":\"renamed\",\"targetUrl\":\"http://localhost:9/y\"}")
            .json();
    assertThat(updated.path("name").asText()).isEqualTo("renamed");
    assertThat(updated.path("resource").asText()).isEqualTo("messages");
    assertThat(api.put("/webhooks/" + id, "{\"name\":\"x\"}").status()).isEqualTo(400);
    assertThat(
            api.put(
                    "/webhooks/" + id,
                    "{\"name\":\"x\",\"targetUrl\":\"http://localhost/\","
                        + "\"status\":\"inactive\"}")
                .status())
        .isEqualTo(400);
    assertThat(api.as(person().token()).get("/webhooks/" + id).status()).isEqualTo(404);
    assertThat(api.as(person().token()).delete("/webhooks/" + id).status()).isEqualTo(404);
    String base = "{\"name\":\"h\",\"resource\":\"messages\",\"event\":\"created\",";
    Api.Resp remote = api.post("/webhooks", base + "\"targetUrl\":\"https://example.com/hook\"}");
    assertThat(remote.status()).isEqualTo(400);
    assertThat(remote.message()).contains("loopback");
    assertThat(api.post("/webhooks", base + "\"targetUrl\":\"ftp://127.0.0.1/\"}").status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/webhooks",
                    base + "\"targetUrl\":\"http://localhost/\"," + "\"filter\":\"bogus=1\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/webhooks",
                    base
                        + "\"targetUrl\":\"http://localhost/\","
                        + "\"filter\":\"roomId=notmine\"}")
                .message())
        .isEqualTo("invalid value for filter: roomId");
    assertThat(
            api.post(
                    "/webhooks",
                    "{\"name\":\"h\",\"targetUrl\":\"http://localhost/\","
                        + "\"resource\":\"nope\",\"event\":\"created\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/webhooks",
                    base + "\"targetUrl\":\"http://localhost/\"," + "\"ownedBy\":\"org\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.delete("/webhooks/" + id).status()).isEqualTo(204);
    assertThat(api.get("/webhooks/" + id).status()).isEqualTo(404);
  }

  @Test
  void deliversSignedIdsOnlyPayloadsMatchingTheFilter() throws Exception {
    EmulatedPerson ana = person();
    EmulatedPerson bob = person();
    Api api = new Api(emu).as(ana.token());
    String roomId = api.post("/rooms", "{\"title\":\"hooked\"}").json().path("id").asText();
    String other = api.post("/rooms", "{\"title\":\"other\"}").json().path("id").asText();
    try (Receiver receiver = new Receiver()) {
      String hookId =
          hook(
              api,
              receiver.url(),
              "messages",
              "created",
              ",\"secret\":\"s3cret\",\"filter\":\"roomId=" + roomId + "\"");
      api.post("/messages", "{\"roomId\":" + q(other) + ",\"text\":\"ignored\"}");
      String msgId =
          api.post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"secret text\"}")
              .json()
              .path("id")
              .asText();
      List<Receiver.Hit> hits = receiver.await(1, WAIT);
      assertThat(hits).hasSize(1);
      Receiver.Hit hit = hits.get(0);
      assertThat(hit.signature()).isEqualTo(hmac("s3cret", hit.body()));
      assertThat(hit.contentType()).startsWith("application/json");
      JsonNode envelope = new ObjectMapper().readTree(hit.body());
      assertThat(envelope.path("id").asText()).isEqualTo(hookId);
      assertThat(envelope.path("resource").asText()).isEqualTo("messages");
      assertThat(envelope.path("event").asText()).isEqualTo("created");
      assertThat(envelope.path("actorId").asText()).isEqualTo(ana.id());
      assertThat(envelope.path("createdBy").asText()).isEqualTo(ana.id());
      assertThat(envelope.path("filter").asText()).isEqualTo("roomId=" + roomId);
      for (String field : List.of("orgId", "appId", "ownedBy", "status", "name", "targetUrl")) {
        assertThat(envelope.path(field).asText()).as(field).isNotEmpty();
      }
      assertThat(envelope.has("secret")).isFalse();
      assertThat(envelope.path("data").path("id").asText()).isEqualTo(msgId);
      assertThat(envelope.path("data").path("roomId").asText()).isEqualTo(roomId);
      assertThat(envelope.path("data").has("text")).as("ids only").isFalse();
      List<WebhookDelivery> deliveries = deliveriesOf(hookId, 1);
      assertThat(deliveries)
          .anySatisfy(
              d -> {
                assertThat(d.webhookId()).isEqualTo(hookId);
                assertThat(d.delivered()).isTrue();
                assertThat(d.status()).isEqualTo(200);
              });
      assertThat(new Api(emu).get("/_emulator/webhook-deliveries").items()).isNotEmpty();
      assertThat(bob.id()).isNotEmpty();
    }
  }

  @Test
  void firehoseMembershipsAndMentionFilter() throws Exception {
    EmulatedPerson ana = person();
    EmulatedPerson bob = person();
    Api api = new Api(emu).as(ana.token());
    String roomId = api.post("/rooms", "{\"title\":\"fire\"}").json().path("id").asText();
    try (Receiver all = new Receiver();
        Receiver mentions = new Receiver()) {
      hook(api, all.url(), "all", "all", "");
      hook(
          api.as(bob.token()),
          mentions.url(),
          "messages",
          "created",
          ",\"filter\":\"mentionedPeople=me\"");
      api.post("/memberships", "{\"roomId\":" + q(roomId) + ",\"personId\":" + q(bob.id()) + "}");
      api.post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"plain\"}");
      api.post(
          "/messages",
          "{\"roomId\":" + q(roomId) + ",\"markdown\":\"<@personId:" + bob.id() + "|Bob> look\"}");
      List<Receiver.Hit> firehose = all.await(3, WAIT);
      assertThat(firehose).hasSizeGreaterThanOrEqualTo(3);
      assertThat(firehose.stream().map(Receiver.Hit::body))
          .anyMatch(b -> b.contains("\"resource\":\"memberships\""));
      List<Receiver.Hit> mentioned = mentions.await(1, WAIT);
      assertThat(mentioned).hasSize(1);
      assertThat(mentioned.get(0).body()).contains("mentionedPeople").contains(bob.id());
      assertThat(mentioned.get(0).signature()).isNull();
    }
  }

  @Test
  void retriesThenMarksInactiveAfterRepeatedFailures() throws Exception {
    EmulatedPerson ana = person();
    Api api = new Api(emu).as(ana.token());
    String roomId = api.post("/rooms", "{\"title\":\"failing\"}").json().path("id").asText();
    try (Receiver receiver = new Receiver()) {
      receiver.answer(() -> 500);
      String hookId =
          hook(api, receiver.url(), "messages", "created", ",\"filter\":\"roomId=" + roomId + "\"");
      api.post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"1\"}");
      api.post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"2\"}");
      // 2 events x 2 attempts each
      assertThat(receiver.await(4, WAIT)).hasSize(4);
      List<WebhookDelivery> deliveries = deliveriesOf(hookId, 4);
      assertThat(deliveries)
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.delivered()).isFalse())
          .anySatisfy(d -> assertThat(d.attempt()).isEqualTo(2));
      JsonNode hook = api.get("/webhooks/" + hookId).json();
      assertThat(hook.path("status").asText()).isEqualTo("inactive");
      receiver.answer(() -> 200);
      api.post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"3\"}");
      JsonNode reactivated =
          api.put(
                  "/webhooks/" + hookId,
                  "{\"name\":\"h\",\"targetUrl\":" + q(receiver.url()) + ",\"status\":\"active\"}")
              .json();
      assertThat(reactivated.path("status").asText()).isEqualTo("active");
      api.post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"4\"}");
      List<Receiver.Hit> hits = receiver.await(5, WAIT);
      assertThat(hits).hasSize(5);
      assertThat(hits.get(4).body()).doesNotContain("\"text\"");
    }
  }

  @Test
  void roomAndAttachmentActionEvents() throws Exception {
    EmulatedPerson ana = person();
    EmulatedPerson bob = person();
    Api api = new Api(emu).as(ana.token());
    String roomId = api.post("/rooms", "{\"title\":\"before\"}").json().path("id").asText();
    api.post("/memberships", "{\"roomId\":" + q(roomId) + ",\"personId\":" + q(bob.id()) + "}");
    try (Receiver rooms = new Receiver();
        Receiver actions = new Receiver()) {
      hook(api, rooms.url(), "rooms", "updated", ",\"filter\":\"type=group\"");
      hook(api, actions.url(), "attachmentActions", "created", "");
      api.put("/rooms/" + roomId, "{\"title\":\"after\"}");
      String card =
          api.post(
                  "/messages",
                  "{\"roomId\":"
                      + q(roomId)
                      + ",\"text\":\"c\",\"attachments\":[{"
                      + "\"contentType\":\"application/vnd.microsoft.card.adaptive\","
                      + "\"content\":{\"type\":\"AdaptiveCard\",\"version\":\"1.3\"}}]}")
              .json()
              .path("id")
              .asText();
      api.as(bob.token())
          .post(
              "/attachment/actions",
              "{\"type\":\"submit\",\"messageId\":" + q(card) + ",\"inputs\":{\"secret\":\"x\"}}");
      JsonNode room = new ObjectMapper().readTree(rooms.await(1, WAIT).get(0).body());
      assertThat(room.path("resource").asText()).isEqualTo("rooms");
      assertThat(room.path("data").path("id").asText()).isEqualTo(roomId);
      JsonNode action = new ObjectMapper().readTree(actions.await(1, WAIT).get(0).body());
      assertThat(action.path("data").path("messageId").asText()).isEqualTo(card);
      assertThat(action.path("data").has("inputs")).as("ids only").isFalse();
    }
  }

  /** Waits (bounded) until {@code n} attempts for {@code hookId} are recorded; returns those. */
  private static List<WebhookDelivery> deliveriesOf(String hookId, int n)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<WebhookDelivery> mine = List.of();
    int seen = 0;
    while (System.nanoTime() < deadline) {
      List<WebhookDelivery> all =
          emu.awaitWebhookDeliveries(seen + 1, Duration.ofNanos(deadline - System.nanoTime()));
      seen = all.size();
      mine = all.stream().filter(d -> d.webhookId().equals(hookId)).toList();
      if (mine.size() >= n) {
        break;
      }
    }
    return mine;
  }
}
