package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordingsContractTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private static WebexEmulator emu;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().clock(CLOCK).start();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private static String meeting(Api api, String title) {
    Instant start = CLOCK.instant().plus(Duration.ofMinutes(5));
    return api.post(
            "/meetings",
            "{\"title\":\""
                + title
                + "\",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plus(Duration.ofMinutes(40))
                + "\"}")
        .json()
        .path("id")
        .asText();
  }

  private static JsonNode endByControl(Api api, String meetingId) {
    Api.Resp resp =
        api.post(emu.baseUri().resolve("/_emulator/meetings/" + meetingId + "/end").toString(), "");
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json();
  }

  @Test
  void controlEndRecordsAndTheListIsNewestFirstAndPaged() {
    EmulatedPerson host = emu.createPerson("rec.host@example.com", "Rec Host");
    Api admin = new Api(emu);
    Api api = admin.as(host.token());
    List<String> recordingIds = new ArrayList<>();
    List<String> meetingIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String meetingId = meeting(api, "Topic " + i);
      meetingIds.add(meetingId);
      JsonNode ended = endByControl(admin, meetingId);
      assertThat(ended.path("meeting").path("state").asText()).isEqualTo("ended");
      assertThat(ended.path("recording").path("meetingSeriesId").asText()).isEqualTo(meetingId);
      recordingIds.add(0, ended.path("recording").path("id").asText());
      CLOCK.advance(Duration.ofHours(1));
    }
    List<JsonNode> listed = Paths.pageAll(api, "/recordings?max=1", 1, 3);
    assertThat(listed)
        .extracting(r -> r.path("id").asText())
        .containsExactlyElementsOf(recordingIds);
    JsonNode newest = listed.get(0);
    assertThat(newest.path("id").asText()).matches("[0-9a-f]{32}");
    assertThat(newest.path("topic").asText()).isEqualTo("Topic 2");
    assertThat(newest.path("format").asText()).isEqualTo("MP4");
    assertThat(newest.path("durationSeconds").asLong()).isEqualTo(2400);
    assertThat(newest.path("status").asText()).isEqualTo("available");
    assertThat(api.get("/recordings?meetingId=" + meetingIds.get(0)).items())
        .singleElement()
        .satisfies(r -> assertThat(r.path("topic").asText()).isEqualTo("Topic 0"));
    assertThat(api.get("/recordings?topic=topic%201").items()).hasSize(1);
    assertThat(api.get("/recordings?format=ARF").items()).isEmpty();
    assertThat(api.get("/recordings?status=deleted").items()).isEmpty();
    assertThat(api.get("/recordings?format=AVI").status()).isEqualTo(400);
    assertThat(api.get("/recordings?to=" + CLOCK.instant().minus(Duration.ofDays(1))).items())
        .isEmpty();
    assertThat(admin.get("/recordings").items())
        .extracting(r -> r.path("id").asText())
        .doesNotContainAnyElementsOf(recordingIds);
    assertThat(admin.get("/recordings?hostEmail=rec.host@example.com").items()).hasSize(3);
    EmulatedPerson other = emu.createPerson("rec.other@example.com", "Other");
    assertThat(admin.as(other.token()).get("/recordings").items()).isEmpty();
    assertThat(admin.as(other.token()).get("/recordings/" + newest.path("id").asText()).status())
        .isEqualTo(404);
  }

  @Test
  void theFromToWindowDefaultsToSevenDaysAndIsChecked() {
    EmulatedPerson host = emu.createPerson("rec.window@example.com", "Window Host");
    Api admin = new Api(emu);
    Api api = admin.as(host.token());
    String id = endByControl(admin, meeting(api, "Window")).path("recording").path("id").asText();
    Instant now = CLOCK.instant();
    String eightDaysAgo = now.minus(Duration.ofDays(8)).toString();
    String group = "/group/recordings?personId=" + host.id() + "&";

    for (String list : List.of("/recordings?", "/admin/recordings?", group)) {
      Api as = list.equals("/recordings?") ? api : admin;
      assertThat(ids(as.get(list + "from=" + now.minus(Duration.ofDays(1)))))
          .as(list + " from, to 7 days later")
          .contains(id);
      assertThat(ids(as.get(list + "from=" + eightDaysAgo)))
          .as(list + " from 8 days ago, to 7 days later")
          .doesNotContain(id);
      assertThat(ids(as.get(list + "to=" + now.plus(Duration.ofDays(8)))))
          .as(list + " to, from 7 days earlier")
          .doesNotContain(id);
    }
    Api.Resp backwards = api.get("/recordings?from=" + now + "&to=" + eightDaysAgo);
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("'to' must be later than 'from'.");
    Api.Resp tooLong =
        admin.get("/admin/recordings?from=" + now.minus(Duration.ofDays(31)) + "&to=" + now);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body())
        .contains("'from' to 'to' must span more than 0 and at most 30 days.");
    assertThat(admin.get(group + "from=" + now + "&to=" + now).status()).isEqualTo(400);
  }

  private static List<String> ids(Api.Resp resp) {
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.items().stream().map(r -> r.path("id").asText()).toList();
  }

  @Test
  void getsTemporaryLinksAndDeletes() {
    Api api = new Api(emu);
    String meetingId = meeting(api, "Links");
    String id = endByControl(api, meetingId).path("recording").path("id").asText();
    JsonNode details = api.get("/recordings/" + id).json();
    JsonNode links = details.path("temporaryDirectDownloadLinks");
    String origin = "http://127.0.0.1:" + emu.port() + "/nbr/";
    assertThat(links.path("recordingDownloadLink").asText()).startsWith(origin);
    assertThat(links.path("audioDownloadLink").asText()).startsWith(origin).contains("mediaType=1");
    assertThat(links.path("transcriptDownloadLink").asText()).contains("mediaType=2");
    assertThat(links.path("expiration").asText())
        .isEqualTo(CLOCK.instant().plus(Duration.ofHours(3)).toString().replace(".000", ""));
    assertThat(api.delete("/recordings/" + id).status()).isEqualTo(204);
    assertThat(api.get("/recordings/" + id).status()).isEqualTo(404);
    assertThat(api.delete("/recordings/" + id).status()).isEqualTo(404);
    assertThat(new Api(emu).as(null).get(links.path("recordingDownloadLink").asText()).status())
        .as("the link of a deleted recording")
        .isEqualTo(404);
  }

  @Test
  void downloadLinksServeDeterministicBytesWithoutATokenUntilTheyExpire() {
    Api admin = new Api(emu);
    String id =
        endByControl(admin, meeting(admin, "Weekly sync / Q2"))
            .path("recording")
            .path("id")
            .asText();
    JsonNode details = admin.get("/recordings/" + id).json();
    long size = details.path("sizeBytes").asLong();
    assertThat(size).isEqualTo(details.path("durationSeconds").asLong() * 100);
    JsonNode links = details.path("temporaryDirectDownloadLinks");
    String video = links.path("recordingDownloadLink").asText();
    Api anonymous = admin.as(null);

    Api.Resp first = anonymous.get(video);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Content-Type")).isEqualTo("video/mp4");
    assertThat(first.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"Weekly sync _ Q2.mp4\"");
    byte[] bytes = first.raw().body();
    assertThat(bytes).hasSize((int) size);
    assertThat(new String(bytes, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    assertThat(
            anonymous
                .get(
                    admin
                        .get("/recordings/" + id)
                        .json()
                        .path("temporaryDirectDownloadLinks")
                        .path("recordingDownloadLink")
                        .asText())
                .raw()
                .body())
        .as("a second link gives the same bytes")
        .isEqualTo(bytes);
    Api.Resp head = anonymous.send("HEAD", video, null, null);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("Content-Length")).isEqualTo(Long.toString(size));

    Api.Resp audio = anonymous.get(links.path("audioDownloadLink").asText());
    assertThat(audio.header("Content-Type")).isEqualTo("audio/mp4");
    assertThat(audio.raw().body()).hasSize((int) (size / 10));
    Api.Resp transcript = anonymous.get(links.path("transcriptDownloadLink").asText());
    assertThat(transcript.body()).startsWith("WEBVTT").contains("Weekly sync / Q2");
    assertThat(transcript.header("Content-Disposition")).endsWith(".vtt\"");

    String forged = video.replaceAll("ticket=[0-9a-f]+", "ticket=" + "0".repeat(64));
    assertThat(anonymous.get(forged).status()).isEqualTo(403);
    String extended = video.replaceAll("expires=(\\d+)", "expires=9$1");
    assertThat(anonymous.get(extended).message()).contains("ticket");
    String otherMedia =
        video.replace("MultiThreadDownloadServlet?", "downloadMedia.do?mediaType=1&");
    assertThat(anonymous.get(otherMedia).status()).isEqualTo(403);
    assertThat(anonymous.get(video.replaceAll("&ticket=.*", "")).status()).isEqualTo(400);
    assertThat(anonymous.send("POST", video, "application/json", new byte[0]).status())
        .isEqualTo(405);

    CLOCK.advance(Duration.ofHours(3));
    Api.Resp expired = anonymous.get(video);
    assertThat(expired.status()).isEqualTo(403);
    assertThat(expired.message()).contains("expired");
  }

  @Test
  void getHonoursTheSiteUrlHeader() {
    Api admin = new Api(emu);
    String id = endByControl(admin, meeting(admin, "Site")).path("recording").path("id").asText();

    assertThat(getWithSiteUrl(id, "EMULATOR-example.webex.com")).startsWith("HTTP/1.1 200");
    assertThat(getWithSiteUrl(id, "other.webex.com"))
        .startsWith("HTTP/1.1 404")
        .contains("Recording not found.");
  }

  private String getWithSiteUrl(String id, String siteUrl) {
    return RawHttp.exchange(
        emu.port(),
        RawHttp.request(
            "GET /v1/recordings/"
                + id
                + " HTTP/1.1\nHost: 127.0.0.1\nsiteUrl: "
                + siteUrl
                + "\nAuthorization: Bearer "
                + emu.adminToken()
                + "\nConnection: close",
            new byte[0]));
  }

  @Test
  void linksFollowTheHostTheClientAddressed() {
    Api admin = new Api(emu);
    String id = endByControl(admin, meeting(admin, "Host")).path("recording").path("id").asText();
    String answer =
        RawHttp.exchange(
            emu.port(),
            RawHttp.request(
                "GET /v1/recordings/"
                    + id
                    + " HTTP/1.1\nHost: emulator.test:8900\nAuthorization: Bearer "
                    + emu.adminToken()
                    + "\nConnection: close",
                new byte[0]));
    assertThat(answer)
        .startsWith("HTTP/1.1 200")
        .contains(
            "\"recordingDownloadLink\":\"http://emulator.test:8900/nbr/MultiThreadDownloadServlet?recordid="
                + id);
  }

  @Test
  void controlEndRefusesUnknownAndEndedMeetingsAndNonAdmins() {
    Api api = new Api(emu);
    String control = emu.baseUri().resolve("/_emulator/meetings/").toString();
    assertThat(api.post(control + "nope/end", "").status()).isEqualTo(404);
    String meetingId = meeting(api, "Once");
    endByControl(api, meetingId);
    assertThat(api.post(control + meetingId + "/end", "").status()).isEqualTo(400);
    EmulatedPerson user = emu.createPerson("rec.user@example.com", "User");
    assertThat(api.as(user.token()).post(control + meetingId + "/end", "").status()).isEqualTo(403);
  }
}
