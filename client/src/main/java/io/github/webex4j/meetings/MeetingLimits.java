package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The documented input limits of the meetings API, checked before any request. */
final class MeetingLimits {
  static final int MAX_TITLE = 128;
  static final int MAX_AGENDA = 1300;
  static final int MAX_INVITEES = 1000;
  static final int MAX_BREAKOUT_SESSIONS = 100;
  static final int MAX_INTEGRATION_TAGS = 3;
  static final int MAX_INTEGRATION_TAG_LENGTH = 64;
  static final Duration MIN_DURATION = Duration.ofMinutes(10);
  static final Duration MAX_DURATION = Duration.ofHours(23).plusMinutes(59);
  private static final Set<Integer> MEETING_JOIN_MINUTES = Set.of(0, 5, 10, 15);
  private static final Set<Integer> WEBINAR_JOIN_MINUTES = Set.of(0, 15, 30, 45, 60);

  private MeetingLimits() {}

  static void checkLength(String value, int max, String field) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw new IllegalArgumentException(field + " must be at most " + max + " characters");
    }
  }

  static void checkTitle(String title) {
    checkLength(title, MAX_TITLE, "title");
  }

  static void checkAgenda(String agenda) {
    checkLength(agenda, MAX_AGENDA, "agenda");
  }

  static void checkTimes(Instant start, Instant end) {
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start must be before end");
    }
    Duration duration = Duration.between(start, end);
    if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          "end - start must be between 10 minutes and 23 hours 59 minutes, was " + duration);
    }
  }

  static void checkMax(List<?> values, int max, String field) {
    if (values != null && values.size() > max) {
      throw new IllegalArgumentException(field + " must have at most " + max + " entries");
    }
  }

  static void checkIntegrationTags(List<String> tags) {
    checkMax(tags, MAX_INTEGRATION_TAGS, "integrationTags");
    if (tags != null) {
      for (String tag : tags) {
        Checks.notBlank(tag, "integrationTags[]");
        checkLength(tag, MAX_INTEGRATION_TAG_LENGTH, "integrationTags[]");
      }
    }
  }

  static void checkOpacity(Integer opacity) {
    if (opacity != null && (opacity < 5 || opacity > 80)) {
      throw new IllegalArgumentException("visualWatermarkOpacity must be between 5 and 80");
    }
  }

  /**
   * Checks {@code joinBeforeHostMinutes} against the values Webex allows for meetings or webinars;
   * null passes.
   *
   * @param webinar true for a webinar, false for a meeting, null if unknown (either set allowed)
   */
  static void checkJoinBeforeHostMinutes(@Nullable Integer minutes, @Nullable Boolean webinar) {
    if (minutes == null) {
      return;
    }
    boolean ok =
        webinar == null
            ? MEETING_JOIN_MINUTES.contains(minutes) || WEBINAR_JOIN_MINUTES.contains(minutes)
            : (webinar ? WEBINAR_JOIN_MINUTES : MEETING_JOIN_MINUTES).contains(minutes);
    if (!ok) {
      throw new IllegalArgumentException(
          "joinBeforeHostMinutes must be one of 0, 5, 10, 15 (meetings) or 0, 15, 30, 45, 60"
              + " (webinars)");
    }
  }

  static void checkWebinarLogin(Boolean restrictToInvitees, Boolean requireAttendeeLogin) {
    if (Boolean.TRUE.equals(restrictToInvitees) && Boolean.FALSE.equals(requireAttendeeLogin)) {
      throw new IllegalArgumentException(
          "restrictToInvitees cannot be true when requireAttendeeLogin is false");
    }
  }

  /** An unmodifiable copy, or null for null or empty (so that nothing is sent). */
  static <T> @Nullable List<T> copyOrNull(@Nullable List<T> values) {
    return values == null || values.isEmpty() ? null : List.copyOf(values);
  }
}
