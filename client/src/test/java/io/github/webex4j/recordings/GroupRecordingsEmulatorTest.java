package io.github.webex4j.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.rooms.EmulatorClients;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /group/recordings} (an admin stands in for the service app) and the timezone header. */
class GroupRecordingsEmulatorTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static EmulatedPerson person;
  private static WebexClient host;

  @BeforeAll
  static void record() {
    person = clients.emulator().createPerson("grp@example.com", "Grp");
    host = clients.clientFor(person.token());
    RecordedMeetings.endedBy(host, "Group", 2);
  }

  @Test
  void listsAndGetsOneHostsRecordingsByPersonIdOrEmail() {
    Recordings group = clients.admin().recordings();

    List<Recording> byId =
        group
            .listForGroup(
                RecordingHost.byPersonId(person.id()),
                RecordingListParams.builder().pageSize(1).build())
            .autoPager()
            .stream()
            .toList();
    List<Recording> byEmail =
        group
            .listForGroup(RecordingHost.byEmail("grp@example.com"), RecordingListParams.none())
            .items();
    Recording details = group.getForGroup(byId.get(0).id(), RecordingHost.byEmail(person.email()));

    assertThat(byId).hasSize(2);
    assertThat(byEmail)
        .extracting(Recording::id)
        .containsExactlyElementsOf(byId.stream().map(Recording::id).toList());
    assertThat(details.temporaryDirectDownloadLinks().recordingDownloadLink()).isNotBlank();
    assertThat(
            group
                .listForGroup(
                    RecordingHost.byPersonId(person.id()),
                    RecordingListParams.builder().topic("group 1").build())
                .items())
        .extracting(Recording::topic)
        .containsExactly("Group 1");
  }

  @Test
  void otherHostsRecordingsAndCallersWithoutAccessAreRefused() {
    Recordings group = clients.admin().recordings();
    String id =
        group
            .listForGroup(RecordingHost.byEmail(person.email()), RecordingListParams.none())
            .items()
            .get(0)
            .id();
    EmulatedPerson stranger = clients.emulator().createPerson("gs@example.com", "GS");

    assertThatThrownBy(() -> group.getForGroup(id, RecordingHost.byPersonId(stranger.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> group.getForGroup(id, new RecordingHost(stranger.id(), person.email())))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(
            () ->
                host.recordings()
                    .listForGroup(
                        RecordingHost.byPersonId(person.id()), RecordingListParams.none()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void timezoneViewKeepsTheMomentsOfTheRecordings() {
    List<Recording> utc = host.recordings().list().items();
    List<Recording> tokyo = host.recordings().withTimezone(ZoneId.of("Asia/Tokyo")).list().items();

    assertThat(tokyo)
        .extracting(Recording::createTime)
        .containsExactlyElementsOf(utc.stream().map(Recording::createTime).toList());
    assertThat(host.recordings().withTimezone(ZoneId.of("Asia/Tokyo")).get(utc.get(0).id()).id())
        .isEqualTo(utc.get(0).id());
  }
}
