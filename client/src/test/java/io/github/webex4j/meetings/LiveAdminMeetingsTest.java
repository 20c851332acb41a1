package io.github.webex4j.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.groups.Group;
import io.github.webex4j.groups.GroupCreateParams;
import io.github.webex4j.groups.GroupListParams;
import io.github.webex4j.groups.GroupUpdateParams;
import io.github.webex4j.recordings.RecordingListParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Opt-in: the meetings, recordings and (with {@code WEBEX_LIVE_ADMIN=1} and an admin token) admin
 * flows against the real Webex API. Runs only with {@code WEBEX_LIVE=1} and a token in {@code
 * WEBEX_API_TOKEN} (or {@code WEBEX_ACCESS_TOKEN}); {@code WEBEX_BASE_URL} overrides the host. The
 * meeting and the group it creates are deleted again.
 */
@EnabledIfEnvironmentVariable(named = "WEBEX_LIVE", matches = "1")
class LiveAdminMeetingsTest {
  private final WebexClient webex = WebexClient.fromEnv();

  @Test
  void meetingLifecycleAndRecordings() {
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    Meeting meeting =
        webex
            .meetings()
            .create(
                MeetingCreateParams.builder()
                    .title("webex4j live test " + System.nanoTime())
                    .start(start)
                    .end(start.plus(Duration.ofMinutes(30)))
                    .timezone("UTC")
                    .sendEmail(false)
                    .build());
    try {
      assertThat(meeting.meetingType()).isEqualTo(MeetingType.MEETING_SERIES);
      assertThat(webex.meetings().get(meeting.id()).title()).isEqualTo(meeting.title());
      Meeting renamed =
          webex
              .meetings()
              .update(
                  meeting.id(),
                  MeetingUpdateParams.builder().title(meeting.title() + " (renamed)").build());
      assertThat(renamed.title()).endsWith("(renamed)");
      assertThat(
              webex
                  .meetings()
                  .list(
                      MeetingListParams.between(
                          start.minus(Duration.ofHours(1)),
                          start.plus(Duration.ofHours(1)),
                          MeetingType.MEETING_SERIES))
                  .autoPager()
                  .stream()
                  .map(Meeting::id))
          .contains(meeting.id());
    } finally {
      webex.meetings().delete(meeting.id(), MeetingDeleteParams.silently());
    }
    assertThatThrownBy(() -> webex.meetings().get(meeting.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(webex.recordings().list(RecordingListParams.builder().pageSize(5).build()).items())
        .allSatisfy(recording -> assertThat(recording.id()).isNotBlank());
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "WEBEX_LIVE_ADMIN", matches = "1")
  void adminResources() {
    assertThat(webex.organizations().list()).isNotEmpty();
    assertThat(webex.roles().list()).isNotEmpty();
    assertThat(webex.licenses().list())
        .allSatisfy(license -> assertThat(license.id()).isNotBlank());

    Group group = webex.groups().create(GroupCreateParams.of("webex4j live " + System.nanoTime()));
    try {
      assertThat(
              webex.groups().list(GroupListParams.displayNameEquals(group.displayName())).items())
          .extracting(Group::id)
          .contains(group.id());
      assertThat(
              webex
                  .groups()
                  .update(
                      group.id(),
                      GroupUpdateParams.builder().displayName(group.displayName() + "-2").build())
                  .displayName())
          .endsWith("-2");
    } finally {
      webex.groups().delete(group.id());
    }
  }
}
