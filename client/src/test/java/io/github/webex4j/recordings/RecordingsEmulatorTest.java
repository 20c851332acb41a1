package io.github.webex4j.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.rooms.EmulatorClients;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Recordings against the in-process emulator (made by ending auto-recorded meetings). */
class RecordingsEmulatorTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static WebexClient host;
  private static final List<String> MEETINGS = new ArrayList<>();

  @BeforeAll
  static void start() {
    host = clients.clientFor(clients.emulator().createPerson("rec@example.com", "Rec").token());
    MEETINGS.addAll(RecordedMeetings.endedBy(host, "Recorded", 3));
  }

  @Test
  void adminListShowsEveryHostsRecordingsWithTheHost() {
    List<Recording> all =
        clients
            .admin()
            .recordings()
            .listForAdmin(RecordingListParams.builder().pageSize(2).build())
            .autoPager()
            .stream()
            .toList();

    assertThat(all).hasSize(3);
    assertThat(all).extracting(Recording::hostEmail).containsOnly("rec@example.com");
    assertThat(all).extracting(Recording::hostDisplayName).containsOnly("Rec");
    assertThat(all).extracting(Recording::extra).containsOnly(Map.of());
    assertThat(host.recordings().list().items())
        .extracting(Recording::hostEmail)
        .containsOnlyNulls();
    assertThatThrownBy(() -> host.recordings().listForAdmin(RecordingListParams.none()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void getOnASiteFindsOnlyThatSitesRecordings() {
    String id = host.recordings().list().items().get(0).id();

    assertThat(host.recordings().withSiteUrl("emulator-example.webex.com").get(id).id())
        .isEqualTo(id);
    assertThatThrownBy(() -> host.recordings().withSiteUrl("other.webex.com").get(id))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listErrors() {
    WebexClient other =
        clients.clientFor(clients.emulator().createPerson("x@example.com", "X").token());

    assertThatThrownBy(
            () ->
                other
                    .recordings()
                    .list(RecordingListParams.builder().hostEmail("rec@example.com").build()))
        .isInstanceOfSatisfying(
            io.github.webex4j.ForbiddenException.class,
            e -> assertThat(e.trackingId()).isNotBlank());
    assertThat(other.recordings().list().items()).isEmpty();
    Recording hosts = host.recordings().list().items().get(0);
    assertThatThrownBy(() -> other.recordings().get(hosts.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void downloadStreamsTheRecordingToAFile(@TempDir Path dir) throws IOException {
    Recording listed =
        host.recordings().list(RecordingListParams.ofMeeting(MEETINGS.get(1))).items().get(0);

    Path file = host.recordings().download(listed.id(), dir.resolve("recording.mp4"));

    assertThat(Files.size(file)).isEqualTo(listed.sizeBytes()).isPositive();
    try (InputStream again = host.recordings().openDownload(host.recordings().get(listed.id()))) {
      assertThat(again.readAllBytes()).isEqualTo(Files.readAllBytes(file));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void listPagesGetHasLinksAndDeleteRemoves() {
    List<Recording> all =
        host
            .recordings()
            .list(RecordingListParams.builder().pageSize(1).build())
            .autoPager()
            .stream()
            .toList();

    assertThat(all).hasSize(3);
    assertThat(all).extracting(Recording::format).containsOnly(RecordingFormat.MP4);
    Recording one =
        host.recordings().list(RecordingListParams.ofMeeting(MEETINGS.get(0))).items().get(0);
    assertThat(one.meetingSeriesId()).isEqualTo(MEETINGS.get(0));
    Recording details = host.recordings().get(one.id());
    assertThat(details.temporaryDirectDownloadLinks().expiration()).isAfter(Instant.now());

    host.recordings().delete(one.id());
    assertThatThrownBy(() -> host.recordings().get(one.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
    assertThatThrownBy(() -> host.recordings().delete(one.id()))
        .isInstanceOf(NotFoundException.class);
  }
}
