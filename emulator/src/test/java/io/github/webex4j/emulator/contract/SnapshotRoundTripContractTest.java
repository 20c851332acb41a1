package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A snapshot holds files (with their bytes), webhooks, room tabs, groups, admin audit events,
 * meetings (with registrants, a started occurrence, an ended instance) and recordings: exported,
 * imported into a fresh emulator and exported again, it is the same state.
 */
class SnapshotRoundTripContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "snapsh0t-b0undary";
  private static final byte[] FILE = "line 1\nline 2 \u00e9\n".getBytes(StandardCharsets.UTF_8);

  private static byte[] upload(String roomId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n"
                + roomId
                + "\r\n--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"build.log\""
                + "\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(FILE);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String meeting(Api api, String title, Instant start, String extra) {
    Api.Resp created =
        api.post(
            "/meetings",
            "{\"title\":"
                + q(title)
                + ",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plus(Duration.ofHours(1))
                + "\""
                + extra
                + "}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    return created.json().path("id").asText();
  }

  @Test
  void everyFamilySurvivesExportImportExport() throws Exception {
    String snapshot;
    String fileUrlPath;
    String recordingId;
    try (WebexEmulator first = WebexEmulator.start()) {
      EmulatedPerson ana = first.createPerson("ana@snap.example.com", "Ana");
      Api admin = new Api(first);
      Api asAna = admin.as(ana.token());
      String roomId = asAna.post("/rooms", "{\"title\":\"Builds\"}").json().path("id").asText();
      Api.Resp posted =
          asAna.send(
              "POST", "/messages", "multipart/form-data; boundary=" + BOUNDARY, upload(roomId));
      assertThat(posted.status()).as(posted.body()).isEqualTo(200);
      fileUrlPath = posted.json().path("files").get(0).asText().replaceFirst("^.*/v1", "");
      assertThat(
              asAna
                  .post(
                      "/room/tabs",
                      "{\"roomId\":"
                          + q(roomId)
                          + ",\"contentUrl\":\"https://example.com/board\",\"displayName\":\"Board\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              asAna
                  .post(
                      "/webhooks",
                      "{\"name\":\"hook\",\"targetUrl\":\"http://127.0.0.1:9/hook\","
                          + "\"resource\":\"messages\",\"event\":\"created\",\"secret\":\"s3\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              admin
                  .post(
                      "/groups",
                      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                          + "\"displayName\":\"Builders\",\"members\":[{\"value\":"
                          + q(ana.id())
                          + "}]}")
                  .status())
          .isEqualTo(201);
      assertThat(admin.put("/people/" + ana.id(), "{\"displayName\":\"Ana B\"}").status())
          .isEqualTo(200);
      Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
      String registered =
          meeting(asAna, "Review", tomorrow, ",\"registration\":{\"autoAcceptRequest\":true}");
      assertThat(
              asAna
                  .post(
                      "/meetings/" + registered + "/registrants",
                      "{\"firstName\":\"Bo\",\"lastName\":\"Lee\",\"email\":\"bo@example.com\"}")
                  .status())
          .isEqualTo(200);
      String weekly =
          meeting(
              asAna,
              "Standup",
              tomorrow.plus(Duration.ofHours(2)),
              ",\"recurrence\":" + q("FREQ=DAILY;COUNT=3"));
      first.startMeeting(weekly);
      String recorded = meeting(asAna, "Demo", tomorrow.plus(Duration.ofHours(5)), "");
      recordingId = first.endMeeting(recorded).recordingId();

      snapshot = admin.get("/_emulator/snapshot").body();
    }
    JsonNode exported = JSON.readTree(snapshot);
    for (String family :
        new String[] {
          "files",
          "webhooks",
          "roomTabs",
          "groups",
          "adminAuditEvents",
          "meetings",
          "registrants",
          "meetingInstances",
          "startedOccurrences",
          "recordings"
        }) {
      assertThat(exported.path(family).size()).as(family).isPositive();
    }

    try (WebexEmulator second = WebexEmulator.start()) {
      Api admin = new Api(second);
      assertThat(admin.put("/_emulator/snapshot", snapshot).status()).isEqualTo(204);

      String oldAdminId = exported.path("admin").path("id").asText();
      JsonNode before = JSON.readTree(snapshot.replace(oldAdminId, second.admin().id()));
      JsonNode again = JSON.readTree(admin.get("/_emulator/snapshot").body());
      assertThat(again.toString())
          .as("the same state; only the seeded admin has a new id")
          .isEqualTo(before.toString());

      String anaToken = exported.path("people").get(0).path("tokens").get(0).asText();
      Api asAna = admin.as(anaToken);
      Api.Resp file = asAna.get(fileUrlPath);
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.raw().body()).isEqualTo(FILE);
      assertThat(asAna.get("/webhooks").items())
          .singleElement()
          .satisfies(w -> assertThat(w.path("name").asText()).isEqualTo("hook"));
      assertThat(asAna.get("/recordings/" + recordingId).status()).isEqualTo(200);
    }
  }
}
