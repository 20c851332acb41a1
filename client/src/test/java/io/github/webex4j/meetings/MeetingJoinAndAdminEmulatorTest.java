package io.github.webex4j.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.rooms.EmulatorClients;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Join links, the admin meeting views and the request headers against the emulator. */
class MeetingJoinAndAdminEmulatorTest {
  private static final String PASSWORD = "BgJep@43";
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static WebexClient host;
  private static WebexClient guest;
  private static Meeting meeting;

  @BeforeAll
  static void start() {
    host = clients.clientFor(clients.emulator().createPerson("jh@example.com", "Host").token());
    guest = clients.clientFor(clients.emulator().createPerson("jg@example.com", "Guest").token());
    Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    meeting =
        host.meetings()
            .create(
                MeetingCreateParams.builder()
                    .title("Join me")
                    .start(start)
                    .end(start.plus(Duration.ofMinutes(30)))
                    .timezone("UTC")
                    .password(PASSWORD)
                    .agenda("Secret agenda")
                    .build());
  }

  @Test
  void theHostGetsStartAndJoinLinksThatExpireAsAsked() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    MeetingJoinLinks links =
        host.meetings()
            .join(
                MeetingJoinParams.builder().meetingId(meeting.id()).expirationMinutes(10).build());

    assertThat(links.startLink()).contains("/wbxmjs/joinservice/").isNotEqualTo(links.joinLink());
    assertThat(links.joinLink()).contains("integrationJoinToken=");
    assertThat(links.expiration())
        .isBetween(before.plus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(11)));
    MeetingJoinLinks asWebLinks =
        host.meetings()
            .join(
                MeetingJoinParams.builder()
                    .meetingNumber(meeting.meetingNumber())
                    .createJoinLinkAsWebLink(true)
                    .createStartLinkAsWebLink(true)
                    .build());
    assertThat(asWebLinks.joinLink()).isEqualTo(meeting.webLink());
    assertThat(asWebLinks.startLink()).isEqualTo(meeting.webLink());
    assertThat(asWebLinks.expiration()).isNull();
  }

  @Test
  void othersNeedThePasswordAndGetNoStartLink() {
    assertThatThrownBy(() -> guest.meetings().join(MeetingJoinParams.ofMeetingId(meeting.id())))
        .isInstanceOf(ForbiddenException.class);

    MeetingJoinLinks links =
        guest
            .meetings()
            .join(
                MeetingJoinParams.builder()
                    .webLink(meeting.webLink())
                    .participant("jg@example.com", "Guest")
                    .password(PASSWORD)
                    .build());

    assertThat(links.startLink()).isNull();
    assertThat(links.joinLink()).isNotBlank();
    assertThatThrownBy(() -> guest.meetings().join(MeetingJoinParams.ofMeetingId("0".repeat(32))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void adminViewsFindAnyHostsMeetingWithoutSensitiveFields() {
    WebexClient admin = clients.admin();

    List<Meeting> byNumber =
        admin
            .meetings()
            .listForAdmin(
                AdminMeetingListParams.ofMeetingNumber(meeting.meetingNumber()).withCurrent(false))
            .items();
    Meeting one = admin.meetings().getForAdmin(meeting.id());
    Meeting current = admin.meetings().getForAdmin(meeting.id(), true);

    assertThat(byNumber).extracting(Meeting::id).containsExactly(meeting.id());
    for (Meeting seen : List.of(byNumber.get(0), one)) {
      assertThat(seen.title()).isEqualTo("Join me");
      assertThat(seen.hostEmail()).isEqualTo("jh@example.com");
      assertThat(seen.password()).isNull();
      assertThat(seen.agenda()).isNull();
      assertThat(seen.hostKey()).isNull();
      assertThat(seen.webLink()).isNull();
      assertThat(seen.telephony().accessCode()).isNull();
    }
    assertThat(current.start()).isEqualTo(meeting.start());
    assertThat(
            admin
                .meetings()
                .listForAdmin(AdminMeetingListParams.ofWebLink(meeting.webLink()))
                .items())
        .extracting(Meeting::meetingType)
        .containsExactly(MeetingType.SCHEDULED_MEETING);
    assertThatThrownBy(
            () ->
                host.meetings()
                    .listForAdmin(AdminMeetingListParams.ofMeetingNumber(meeting.meetingNumber())))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void timezoneHeaderRendersTheSameMomentsInThatZone() {
    Meeting shown = host.meetings().withTimezone(ZoneId.of("Asia/Tokyo")).get(meeting.id());
    Meeting listed =
        host.meetings().withTimezone(ZoneId.of("Asia/Tokyo")).list().autoPager().stream()
            .filter(m -> m.id().equals(meeting.id()))
            .findFirst()
            .orElseThrow();

    assertThat(shown.timezone()).isEqualTo("Asia/Tokyo");
    assertThat(shown.start()).isEqualTo(meeting.start());
    assertThat(listed.timezone()).isEqualTo("Asia/Tokyo");
    assertThat(listed.end()).isEqualTo(meeting.end());
  }

  @Test
  void passwordHeaderShowsAProtectedMeetingToSomeoneElse() {
    assertThatThrownBy(() -> guest.meetings().get(meeting.id()))
        .isInstanceOf(NotFoundException.class);

    Meeting seen = guest.meetings().withPassword(PASSWORD).get(meeting.id());

    assertThat(seen.title()).isEqualTo("Join me");
    assertThatThrownBy(() -> guest.meetings().withPassword("Wrong1pass").get(meeting.id()))
        .isInstanceOf(NotFoundException.class);
  }
}
