package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded, time-bounded fuzzing: thousands of malformed or random requests against every family. No
 * answer may be a 5xx, and the emulator must still serve a normal request afterwards.
 */
class FuzzTest {
  private static final long SEED = 20261127L;
  private static final int REQUESTS = 6000;
  private static final Duration BUDGET = Duration.ofSeconds(20);
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
  private static final String[] PATHS = {
    "/people",
    "/people/me",
    "/people/{id}",
    "/rooms",
    "/rooms/{id}",
    "/rooms/{id}/meetingInfo",
    "/memberships",
    "/memberships/{id}",
    "/messages",
    "/messages/{id}",
    "/messages/direct",
    "/contents/{id}",
    "/attachment/actions",
    "/attachment/actions/{id}",
    "/teams",
    "/teams/{id}",
    "/team/memberships",
    "/team/memberships/{id}",
    "/webhooks",
    "/webhooks/{id}",
    "/events",
    "/events/{id}",
    "/organizations",
    "/roles",
    "/licenses",
    "/groups",
    "/meetings",
    "/recordings",
    "/unknown/{id}",
    ""
  };
  private static final String[] FIELDS = {
    "title",
    "roomId",
    "personId",
    "personEmail",
    "toPersonId",
    "toPersonEmail",
    "text",
    "markdown",
    "files",
    "attachments",
    "parentId",
    "isLocked",
    "isModerator",
    "name",
    "targetUrl",
    "resource",
    "event",
    "filter",
    "secret",
    "emails",
    "displayName",
    "teamId",
    "type",
    "messageId",
    "inputs",
    "status",
    "description",
    "isRoomHidden",
    "max"
  };
  private static final String[] QUERY = {
    "max",
    "roomId",
    "personId",
    "personEmail",
    "teamId",
    "type",
    "sortBy",
    "cursor",
    "before",
    "beforeMessage",
    "mentionedPeople",
    "parentId",
    "email",
    "displayName",
    "id",
    "resource",
    "from",
    "to",
    "orgPublicSpaces",
    "ownedBy",
    "actorId"
  };

  @Test
  void neverAnswers5xxAndKeepsServing() throws Exception {
    Random random = new Random(SEED);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (WebexEmulator emu = WebexEmulator.builder().maxRequestBytes(256 * 1024).start()) {
      EmulatedPerson ana = emu.createPerson("ana@fuzz.example.com", "Ana");
      EmulatedPerson bot = emu.createBot("bot@fuzz.example.com", "Bot");
      Api api = new Api(emu).as(ana.token());
      List<String> ids = new ArrayList<>(List.of(ana.id(), bot.id(), "", "nope", "%00"));
      String room = api.post("/rooms", "{\"title\":\"fuzz\"}").json().path("id").asText();
      ids.add(room);
      ids.add(
          api.post("/messages", "{\"roomId\":\"" + room + "\",\"text\":\"m\"}")
              .json()
              .path("id")
              .asText());
      ids.add(api.post("/teams", "{\"name\":\"fuzz\"}").json().path("id").asText());
      String[] tokens = {ana.token(), bot.token(), emu.adminToken(), "bogus", null};

      long deadline = System.nanoTime() + BUDGET.toNanos();
      int sent = 0;
      List<String> failures = new ArrayList<>();
      while (sent < REQUESTS && System.nanoTime() < deadline) {
        String method = METHODS[random.nextInt(METHODS.length)];
        String path =
            PATHS[random.nextInt(PATHS.length)].replace(
                "{id}", encode(ids.get(random.nextInt(ids.size())), random));
        String uri = emu.baseUri() + path + query(random, ids);
        byte[] body = body(random, ids);
        HttpRequest.Builder request;
        try {
          request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10));
        } catch (IllegalArgumentException e) {
          continue;
        }
        request.method(
            method,
            body == null || method.equals("HEAD") || method.equals("GET")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        String token = tokens[random.nextInt(tokens.length)];
        if (token != null) {
          request.header("Authorization", "Bearer " + token);
        }
        request.header("Content-Type", contentType(random));
        int status;
        try {
          status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
          failures.add(method + " " + uri + " -> " + e);
          continue;
        } finally {
          sent++;
        }
        if (status >= 500) {
          failures.add(method + " " + uri + " -> " + status + " body " + preview(body));
        }
      }
      // Raw garbage on sockets, which no client would send.
      for (int i = 0; i < 50; i++) {
        byte[] garbage = new byte[random.nextInt(200) + 1];
        random.nextBytes(garbage);
        RawHttp.send(emu.port(), garbage);
        sent++;
      }
      assertThat(failures).as("5xx answers or broken connections").isEmpty();
      assertThat(sent).isGreaterThanOrEqualTo(2000);
      System.out.println("FuzzTest sent " + sent + " requests");
      // The fuzzer may have deleted Ana (admin token) or her room: check with fresh data.
      Api admin = new Api(emu);
      assertThat(admin.get("/people/me").status()).isEqualTo(200);
      String after = admin.post("/rooms", "{\"title\":\"after\"}").json().path("id").asText();
      assertThat(admin.post("/messages", "{\"roomId\":\"" + after + "\",\"text\":\"ok\"}").status())
          .isEqualTo(200);
    }
  }

  private static String encode(String id, Random random) {
    return random.nextInt(10) == 0 ? id + "%2F..%2F" : id;
  }

  private static String query(Random random, List<String> ids) {
    int n = random.nextInt(4);
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < n; i++) {
      q.append(i == 0 ? '?' : '&').append(QUERY[random.nextInt(QUERY.length)]).append('=');
      switch (random.nextInt(6)) {
        case 0 -> q.append(ids.get(random.nextInt(ids.size())));
        case 1 -> q.append(random.nextInt(3000) - 1000);
        case 2 -> q.append("true");
        case 3 -> q.append("2026-01-01T00:00:00.000Z");
        case 4 -> q.append("%E2%82%AC%FF");
        default -> q.append("me");
      }
    }
    return q.toString();
  }

  private static String contentType(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "multipart/form-data; boundary=b";
      case 1 -> "application/x-www-form-urlencoded";
      case 2 -> "text/plain";
      case 3 -> "multipart/form-data";
      default -> "application/json";
    };
  }

  private static byte[] body(Random random, List<String> ids) {
    switch (random.nextInt(8)) {
      case 0:
        return null;
      case 1:
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
      case 2:
        return ("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"f\"\r\n\r\n"
                + "x".repeat(random.nextInt(50))
                + (random.nextBoolean() ? "\r\n--b--\r\n" : ""))
            .getBytes(StandardCharsets.UTF_8);
      default:
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
          if (i > 0) {
            json.append(',');
          }
          json.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":");
          json.append(value(random, ids, 0));
        }
        json.append('}');
        String text = json.toString();
        if (random.nextInt(5) == 0) {
          text = text.substring(0, random.nextInt(text.length() + 1));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String value(Random random, List<String> ids, int depth) {
    return switch (random.nextInt(depth > 2 ? 6 : 9)) {
      case 0 -> "\"" + ids.get(random.nextInt(ids.size())) + "\"";
      case 1 -> Integer.toString(random.nextInt());
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> "\"" + "\\u00e9".repeat(random.nextInt(4000)) + "\"";
      case 5 -> "\"http://127.0.0.1:1/x\"";
      case 6 -> "[" + value(random, ids, depth + 1) + "," + value(random, ids, depth + 1) + "]";
      case 7 ->
          "{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":"
              + value(random, ids, depth + 1)
              + "}";
      default -> "{\"a\":" + value(random, ids, depth + 1) + "}";
    };
  }

  private static String preview(byte[] body) {
    if (body == null) {
      return "<none>";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
