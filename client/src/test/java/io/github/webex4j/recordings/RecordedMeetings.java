package io.github.webex4j.recordings;

import io.github.webex4j.WebexClient;
import io.github.webex4j.meetings.Meeting;
import io.github.webex4j.meetings.MeetingCreateParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: meetings that auto-record and have ended, so the emulator holds a recording each.
 */
final class RecordedMeetings {
  private RecordedMeetings() {}

  /**
   * Schedules {@code count} half-hour meetings an hour apart from tomorrow, titled {@code title 0},
   * {@code title 1}, ..., and ends each.
   *
   * @return the meetings' ids, in order
   */
  static List<String> endedBy(WebexClient host, String title, int count) {
    Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant from = start.plus(Duration.ofHours(i));
      Meeting meeting =
          host.meetings()
              .create(
                  MeetingCreateParams.builder()
                      .title(title + " " + i)
                      .start(from)
                      .end(from.plus(Duration.ofMinutes(30)))
                      .password("BgJep@43")
                      .enabledAutoRecordMeeting(true)
                      .build());
      host.meetings().end(meeting.id(), null);
      ids.add(meeting.id());
    }
    return ids;
  }
}
