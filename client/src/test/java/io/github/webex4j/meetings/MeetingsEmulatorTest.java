package io.github.webex4j.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.ConflictException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.rooms.EmulatorClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Meetings and meeting registrants against the in-process emulator. */
class MeetingsEmulatorTest {
  private static final String PASSWORD = "BgJep@43";
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static WebexClient host;
  private static WebexClient other;
  private static Instant tomorrow;

  @BeforeAll
  static void start() {
    EmulatedPerson hostPerson = clients.emulator().createPerson("host@example.com", "Host");
    host = clients.clientFor(hostPerson.token());
    other = clients.clientFor(clients.emulator().createPerson("o@example.com", "O").token());
    tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
  }

  private static MeetingCreateParams.Builder meeting(String title, int dayOffset) {
    Instant start = tomorrow.plus(Duration.ofDays(dayOffset));
    return MeetingCreateParams.builder()
        .title(title)
        .start(start)
        .end(start.plus(Duration.ofMinutes(30)))
        .timezone("UTC")
        .password(PASSWORD);
  }

  private static void assertNotFoundWithTrackingId(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void createGetUpdateDeleteSeries() {
    Meeting created =
        host.meetings()
            .create(
                meeting("Sprint review", 0)
                    .agenda("Demo")
                    .invitee("ana@example.com")
                    .scheduledType(ScheduledType.MEETING)
                    .build());

    assertThat(created.id()).matches("[0-9a-f]{32}");
    assertThat(created.meetingType()).isEqualTo(MeetingType.MEETING_SERIES);
    assertThat(created.start()).isEqualTo(tomorrow);
    assertThat(created.password()).isEqualTo(PASSWORD);
    assertThat(host.meetings().get(created.id()).title()).isEqualTo("Sprint review");

    Meeting updated =
        host.meetings()
            .update(
                created.id(),
                MeetingUpdateParams.builder()
                    .title("Sprint review (moved)")
                    .clear("agenda")
                    .build());

    assertThat(updated.title()).isEqualTo("Sprint review (moved)");
    assertThat(updated.agenda()).isNull();
    host.meetings().delete(created.id(), MeetingDeleteParams.silently());
    assertNotFoundWithTrackingId(() -> host.meetings().get(created.id()));
    assertNotFoundWithTrackingId(() -> host.meetings().delete(created.id()));
    assertNotFoundWithTrackingId(
        () ->
            host.meetings().update(created.id(), MeetingUpdateParams.builder().title("x").build()));
  }

  @Test
  void listFollowsLinkAcrossThreePages() {
    for (int i = 0; i < 4; i++) {
      host.meetings().create(meeting("Listed " + i, 10 + i).build());
    }

    List<String> titles =
        host
            .meetings()
            .list(
                MeetingListParams.builder()
                    .from(tomorrow.plus(Duration.ofDays(10)))
                    .to(tomorrow.plus(Duration.ofDays(14)))
                    .meetingType(MeetingType.MEETING_SERIES)
                    .pageSize(1)
                    .build())
            .autoPager()
            .stream()
            .map(Meeting::title)
            .toList();

    assertThat(titles).containsExactlyInAnyOrder("Listed 0", "Listed 1", "Listed 2", "Listed 3");
  }

  @Test
  void endRecordsAndOthersCannotEnd() {
    Meeting created = host.meetings().create(meeting("To end", 20).build());

    assertThatThrownBy(() -> other.meetings().end(created.id(), "not mine"))
        .isInstanceOfSatisfying(
            WebexApiException.class,
            e -> {
              assertThat(e.statusCode()).isIn(403, 404);
              assertThat(e.trackingId()).isNotBlank();
            });
    host.meetings().end(created.id(), "Done");

    List<Meeting> ended =
        host.meetings()
            .list(
                MeetingListParams.builder()
                    .meetingSeriesId(created.id())
                    .meetingType(MeetingType.MEETING)
                    .build())
            .items();
    assertThat(ended).extracting(Meeting::state).containsOnly(MeetingState.ENDED);
    assertThat(ended).isNotEmpty();
    assertNotFoundWithTrackingId(
        () -> host.meetings().end("0123456789abcdef0123456789abcdef", null));
  }

  @Test
  void listErrors() {
    Meeting plain = host.meetings().create(meeting("No registration", 50).build());

    assertThatThrownBy(
            () ->
                other
                    .meetings()
                    .list(MeetingListParams.builder().hostEmail("host@example.com").build()))
        .isInstanceOfSatisfying(
            io.github.webex4j.ForbiddenException.class,
            e -> assertThat(e.trackingId()).isNotBlank());
    assertThatThrownBy(
            () ->
                host.meetings().registrants().list(plain.id(), MeetingRegistrantListParams.none()))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.trackingId()).isNotBlank());
    assertNotFoundWithTrackingId(
        () ->
            host.meetings()
                .registrants()
                .register(
                    "0123456789abcdef0123456789abcdef",
                    MeetingRegistrantCreateParams.of("A", "B", "a@example.com")));
  }

  @Test
  void invalidPasswordIsRejectedByTheServer() {
    assertThatThrownBy(() -> host.meetings().create(meeting("Weak", 30).password("weak").build()))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void registrantsRegisterListGetDelete() {
    Meeting webinar =
        host.meetings()
            .create(
                meeting("Webinar", 40)
                    .scheduledType(ScheduledType.WEBINAR)
                    .registration(MeetingRegistration.nameAndEmail(true))
                    .build());
    MeetingRegistrants registrants = host.meetings().registrants();

    MeetingRegistrant first =
        registrants.register(
            webinar.id(),
            MeetingRegistrantCreateParams.builder()
                .firstName("Bob")
                .lastName("Lee")
                .email("bob@example.com")
                .city("New York")
                .zipCode(10001)
                .build());
    registrants.register(
        webinar.id(), MeetingRegistrantCreateParams.of("Ann", "Ko", "ann@example.com"));
    registrants.register(
        webinar.id(), MeetingRegistrantCreateParams.of("Cy", "Do", "cy@example.com"));

    assertThat(first.registrantId()).isNotBlank();
    assertThat(first.status()).isEqualTo(RegistrantStatus.APPROVED);
    MeetingRegistrant fetched = registrants.get(webinar.id(), first.registrantId());
    assertThat(fetched.email()).isEqualTo("bob@example.com");
    assertThat(fetched.zipCode()).isEqualTo("10001");
    assertThat(
            registrants
                .list(webinar.id(), MeetingRegistrantListParams.ofPageSize(1))
                .autoPager()
                .stream()
                .map(MeetingRegistrant::email))
        .containsExactlyInAnyOrder("bob@example.com", "ann@example.com", "cy@example.com");
    assertThatThrownBy(
            () ->
                registrants.register(
                    webinar.id(),
                    MeetingRegistrantCreateParams.of("Bob", "Lee", "bob@example.com")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.trackingId()).isNotBlank());

    registrants.delete(webinar.id(), first.registrantId());
    assertNotFoundWithTrackingId(() -> registrants.get(webinar.id(), first.registrantId()));
    assertNotFoundWithTrackingId(() -> registrants.delete(webinar.id(), first.registrantId()));
  }
}
