package io.github.webex4j.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingsWireTest {
  private StubServer stub;
  private StubServer site;
  private WebexClient webex;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    site = StubServer.start();
    webex = TestClients.client(stub);
  }

  @AfterEach
  void stop() {
    stub.close();
    site.close();
  }

  private String recording(String id, String downloadLink) {
    return "{\"id\":\""
        + id
        + "\",\"meetingId\":\"f91b_I_1\",\"topic\":\"Example Topic\","
        + "\"createTime\":\"2020-07-13T17:11:35Z\",\"timeRecorded\":\"2020-07-13T17:05:35Z\","
        + "\"format\":\"ARF\",\"serviceType\":\"MeetingCenter\",\"durationSeconds\":18416,"
        + "\"sizeBytes\":168103,\"shareToMe\":false,\"status\":\"available\","
        + "\"futureField\":1"
        + (downloadLink == null
            ? ""
            : ",\"temporaryDirectDownloadLinks\":{\"recordingDownloadLink\":\""
                + downloadLink
                + "\",\"expiration\":\"2022-05-01T10:30:25Z\"}")
        + "}";
  }

  @Test
  void listSendsFiltersAndFollowsLinkAcrossThreePages() {
    String next2 = stub.origin() + "/v1/recordings?max=1&page=2";
    String next3 = stub.origin() + "/v1/recordings?max=1&page=3";
    stub.json(
            200,
            "{\"items\":[" + recording("r1", null) + "]}",
            "Link",
            "<" + next2 + ">; rel=\"next\"")
        .json(
            200,
            "{\"items\":[" + recording("r2", null) + "]}",
            "Link",
            "<" + next3 + ">; rel=\"next\"")
        .json(200, "{\"items\":[" + recording("r3", null) + "]}");

    Page<Recording> page =
        webex
            .recordings()
            .list(
                RecordingListParams.builder()
                    .from(Instant.parse("2020-07-01T00:00:00Z"))
                    .to(Instant.parse("2020-07-08T00:00:00Z"))
                    .meetingId("f91b")
                    .format(RecordingFormat.MP4)
                    .serviceType(RecordingServiceType.MEETING_CENTER)
                    .status(RecordingStatus.DELETED)
                    .pageSize(1)
                    .build());

    assertThat(page.autoPager().stream().map(Recording::id)).containsExactly("r1", "r2", "r3");
    assertThat(stub.requests().get(0).uri())
        .isEqualTo(
            "/v1/recordings?max=1&from=2020-07-01T00%3A00%3A00Z&to=2020-07-08T00%3A00%3A00Z"
                + "&meetingId=f91b&format=MP4&serviceType=MeetingCenter&status=deleted");
  }

  @Test
  void getDecodesTemporaryLinks() {
    stub.json(200, recording("r1", "https://site.example/nbr/x?ticket=t"));

    Recording recording = webex.recordings().get("r1");

    assertThat(recording.format()).isEqualTo(RecordingFormat.ARF);
    assertThat(recording.serviceType()).isEqualTo(RecordingServiceType.MEETING_CENTER);
    assertThat(recording.sizeBytes()).isEqualTo(168103L);
    assertThat(recording.temporaryDirectDownloadLinks().expiration())
        .isEqualTo(Instant.parse("2022-05-01T10:30:25Z"));
    assertThat(stub.single().toString()).isEqualTo("GET /v1/recordings/r1");
  }

  @Test
  void downloadStreamsTheFileWithoutSendingTheToken(@TempDir Path dir) throws IOException {
    String link = site.origin() + "/nbr/MultiThreadDownloadServlet?recordid=r1&ticket=t";
    stub.json(200, recording("r1", link));
    String content = "fake mp4 bytes ".repeat(1000);
    site.json(200, content);
    Path target = dir.resolve("r1.mp4");
    Files.writeString(target, "old");

    Path written = webex.recordings().download("r1", target);

    assertThat(written).isEqualTo(target);
    assertThat(Files.readString(target)).isEqualTo(content);
    assertThat(site.single().uri())
        .isEqualTo("/nbr/MultiThreadDownloadServlet?recordid=r1&ticket=t");
    assertThat(site.single().header("Authorization")).isNull();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void adminListDecodesHostFieldsAndSendsNoHostEmail() {
    // The RecordingObjectForAdminAndCO shape of GET /admin/recordings.
    stub.json(
        200,
        "{\"items\":[{\"id\":\"4f914b1dfe3c4d11a61730f18c0f5387\","
            + "\"meetingId\":\"f91b6edce9864428af084977b7c68291_I_166641849979635652\","
            + "\"topic\":\"Example Topic\",\"createTime\":\"2019-01-27T17:43:24Z\","
            + "\"hostDisplayName\":\"John Andersen\",\"hostEmail\":\"john.andersen@example.com\","
            + "\"siteUrl\":\"site4-example.webex.com\",\"format\":\"MP4\","
            + "\"serviceType\":\"MeetingCenter\",\"status\":\"available\"}]}");

    Recording recording =
        webex
            .recordings()
            .listForAdmin(
                RecordingListParams.builder()
                    .from(Instant.parse("2019-01-20T00:00:00Z"))
                    .to(Instant.parse("2019-02-10T00:00:00Z"))
                    .hostEmail("ignored@example.com")
                    .pageSize(5)
                    .build())
            .items()
            .get(0);

    assertThat(recording.hostEmail()).isEqualTo("john.andersen@example.com");
    assertThat(recording.hostDisplayName()).isEqualTo("John Andersen");
    assertThat(recording.extra()).isEmpty();
    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/admin/recordings?max=5&from=2019-01-20T00%3A00%3A00Z&to=2019-02-10T00%3A00%3A00Z");
  }

  @Test
  void recycleBinOperationsPostTheDocumentedBodies() {
    stub.empty(204).empty(204).empty(204).empty(204).empty(204);

    webex.recordings().softDelete(List.of("r1", "r2"), "s.webex.com");
    webex.recordings().restore(List.of("r1"), null);
    webex.recordings().restoreAll("s.webex.com");
    webex.recordings().purge(List.of("r2"), null);
    webex.recordings().purgeAll(null);

    assertThat(stub.requests())
        .extracting(r -> r.method() + " " + r.uri() + " " + r.bodyText())
        .containsExactly(
            "POST /v1/recordings/softDelete {\"recordingIds\":[\"r1\",\"r2\"],\"siteUrl\":\"s.webex.com\"}",
            "POST /v1/recordings/restore {\"recordingIds\":[\"r1\"]}",
            "POST /v1/recordings/restore {\"restoreAll\":true,\"siteUrl\":\"s.webex.com\"}",
            "POST /v1/recordings/purge {\"recordingIds\":[\"r2\"]}",
            "POST /v1/recordings/purge {\"purgeAll\":true}");
  }

  @Test
  void recycleBinOperationsCheckTheIdsBeforeAnyRequest() {
    assertThatThrownBy(() -> webex.recordings().softDelete(List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recordingIds");
    assertThatThrownBy(() -> webex.recordings().purge(Collections.nCopies(101, "r"), null))
        .hasMessageContaining("100");
    assertThatThrownBy(() -> webex.recordings().restore(List.of(" "), null))
        .hasMessageContaining("recordingIds[]");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void openDownloadStreams() throws IOException {
    site.json(200, "abc");
    Recording recording =
        new Recording(
            "r1",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new TemporaryDownloadLinks(site.origin() + "/f", null, null, null),
            Map.of());

    try (InputStream in = webex.recordings().openDownload(recording)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
    }
  }

  @Test
  void downloadWithoutLinkFailsClearly(@TempDir Path dir) {
    stub.json(200, recording("r1", null));

    assertThatThrownBy(() -> webex.recordings().download("r1", dir.resolve("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recordingDownloadLink");
  }

  @Test
  void deleteAndNotFound() {
    stub.empty(204).json(404, "{\"message\":\"Recording not found.\",\"trackingId\":\"X_1\"}");

    webex.recordings().delete("r1");

    assertThat(stub.single().toString()).isEqualTo("DELETE /v1/recordings/r1");
    assertThatThrownBy(() -> webex.recordings().delete("r2"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isEqualTo("X_1"));
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> RecordingListParams.builder().pageSize(101).build())
        .hasMessageContaining("100");
    assertThatThrownBy(() -> RecordingListParams.builder().format(RecordingFormat.UPLOADED).build())
        .hasMessageContaining("format");
    assertThatThrownBy(
            () ->
                RecordingListParams.builder()
                    .from(Instant.parse("2020-07-08T00:00:00Z"))
                    .to(Instant.parse("2020-07-01T00:00:00Z"))
                    .build())
        .hasMessageContaining("to must not be before from");
    assertThatThrownBy(() -> webex.recordings().get(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.requests()).isEmpty();
  }
}
