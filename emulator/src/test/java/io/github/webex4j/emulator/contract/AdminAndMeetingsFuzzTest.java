package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seeded random requests against the organizations, roles, licenses, groups, meetings, registrants,
 * recordings and guest-issuer endpoints: wrong types, odd values, garbage ids and queries. Every
 * answer must be a Webex-shaped status below 500 (the {@link Api} helper checks the error shape and
 * validates every 2xx body), and the emulator must still serve a normal request afterwards.
 */
@ExtendWith(WebexEmulatorExtension.class)
class AdminAndMeetingsFuzzTest {
  private static final int REQUESTS = 1000;
  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"};
  private static final String[] FIELDS = {
    "title",
    "start",
    "end",
    "timezone",
    "recurrence",
    "scheduledType",
    "adhoc",
    "roomId",
    "password",
    "agenda",
    "registration",
    "joinBeforeHostMinutes",
    "enabledAutoRecordMeeting",
    "meetingOptions",
    "integrationTags",
    "hostEmail",
    "displayName",
    "members",
    "schemas",
    "Operations",
    "op",
    "path",
    "value",
    "personId",
    "email",
    "licenses",
    "siteUrls",
    "id",
    "operation",
    "properties",
    "firstName",
    "lastName",
    "zipCode",
    "customizedQuestions",
    "issuerId",
    "secret",
    "reason",
    "orgId",
    "externalId"
  };
  private static final String[] QUERIES = {
    "max",
    "from",
    "to",
    "meetingType",
    "state",
    "scheduledType",
    "current",
    "filter",
    "sortBy",
    "sortOrder",
    "startIndex",
    "count",
    "includeMembers",
    "includeAssignedTo",
    "limit",
    "next",
    "cursor",
    "orgId",
    "hostEmail",
    "meetingId",
    "topic",
    "format",
    "status",
    "email",
    "registrationTimeFrom",
    "hasRecording",
    "meetingSeriesId"
  };

  @Test
  void randomRequestsNeverCrashTheFamilies(WebexEmulator emu) {
    Api api = new Api(emu);
    Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String meeting =
        api.post(
                "/meetings",
                "{\"title\":\"Fuzz\",\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plus(1, ChronoUnit.HOURS)
                    + "\",\"registration\":{},"
                    + "\"recurrence\":\"FREQ=DAILY;COUNT=3\"}")
            .json()
            .path("id")
            .asText();
    String group = api.post("/groups", "{\"displayName\":\"Fuzz\"}").json().path("id").asText();
    String license = api.get("/licenses").items().get(0).path("id").asText();
    List<String> ids = List.of(meeting, meeting + "_I_1", group, license, "x", "", "%00", "a/b");
    List<String> paths =
        List.of(
            "/organizations",
            "/organizations/{id}",
            "/roles",
            "/roles/{id}",
            "/licenses",
            "/licenses/{id}",
            "/licenses/users",
            "/groups",
            "/groups/{id}",
            "/groups/{id}/members",
            "/meetings",
            "/meetings/{id}",
            "/meetings/{id}/end",
            "/meetings/{id}/registrants",
            "/meetings/{id}/registrants/{id}",
            "/recordings",
            "/recordings/{id}",
            "/jwt/login");
    Random random = new Random(42);
    for (int i = 0; i < REQUESTS; i++) {
      String path = paths.get(random.nextInt(paths.size()));
      while (path.contains("{id}")) {
        String id = ids.get(random.nextInt(ids.size()));
        path = path.replaceFirst("\\{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
      }
      StringBuilder query = new StringBuilder();
      for (int q = random.nextInt(4); q > 0; q--) {
        query.append(query.length() == 0 ? '?' : '&');
        query.append(QUERIES[random.nextInt(QUERIES.length)]).append('=');
        query.append(URLEncoder.encode(value(random, true), StandardCharsets.UTF_8));
      }
      String method = METHODS[random.nextInt(METHODS.length)];
      byte[] body =
          method.equals("GET") || method.equals("DELETE") && random.nextBoolean()
              ? null
              : body(random).getBytes(StandardCharsets.UTF_8);
      Api.Resp resp =
          api.send(method, path + query, body == null ? null : "application/json", body);
      assertThat(resp.status()).as("%s %s%s", method, path, query).isLessThan(500);
    }
    // The fuzz may have deleted the seeded objects; the families must still work normally.
    assertThat(api.get("/meetings").status()).isEqualTo(200);
    assertThat(api.post("/groups", "{\"displayName\":\"After fuzz\"}").status()).isEqualTo(201);
    assertThat(api.get("/licenses/" + license + "?includeAssignedTo=user").status()).isEqualTo(200);
  }

  private static String body(Random random) {
    if (random.nextInt(10) == 0) {
      return random.nextBoolean() ? "[1,2]" : "{\"unterminated\":";
    }
    StringBuilder json = new StringBuilder("{");
    for (int f = random.nextInt(6); f > 0; f--) {
      json.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":");
      json.append(jsonValue(random, 0)).append(f > 1 ? "," : "");
    }
    return json.append('}').toString();
  }

  private static String jsonValue(Random random, int depth) {
    switch (random.nextInt(depth > 1 ? 5 : 7)) {
      case 0:
        return "null";
      case 1:
        return random.nextBoolean() ? "true" : "false";
      case 2:
        return Long.toString(random.nextLong() % 100_000);
      case 3:
      case 4:
        return "\"" + value(random, false).replace("\\", "").replace("\"", "") + "\"";
      case 5:
        return "[" + jsonValue(random, depth + 1) + "," + jsonValue(random, depth + 1) + "]";
      default:
        return "{\""
            + FIELDS[random.nextInt(FIELDS.length)]
            + "\":"
            + jsonValue(random, depth + 1)
            + ",\"value\":"
            + jsonValue(random, depth + 1)
            + "}";
    }
  }

  private static String value(Random random, boolean query) {
    String[] values = {
      "",
      "0",
      "-1",
      "1",
      "99999999999",
      "true",
      "FALSE",
      "maybe",
      "2026-13-45T99:99:99Z",
      "+99999-01-01T00:00:00Z",
      "2027-01-01T10:00:00Z",
      "2027-01-01T10:00:00",
      "Asia/Shanghai",
      "Mars/Base",
      "FREQ=DAILY;COUNT=3",
      "FREQ=YEARLY;INTERVAL=2147483647",
      "FREQ=WEEKLY;UNTIL=2",
      "displayName sw \"F\"",
      "displayName eq \"",
      "meeting",
      "webinar",
      "meetingSeries",
      "ended",
      "user",
      "add",
      "remove",
      "members[value eq \"x\"]",
      "Abc12345",
      "a.b.c",
      "✓ üñí",
      "%zz"
    };
    return values[random.nextInt(values.length)];
  }
}
