package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /meetings/join}: links that start or join a meeting in a web browser
 * without logging in (unless the web-link options were set).
 *
 * @param startLink starts the meeting as its host; null unless the caller (or {@code hostEmail}) is
 *     the host or a cohost
 * @param joinLink joins the meeting
 * @param expiration when {@code joinLink} expires; null when both web-link options were set
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingJoinLinks(
    @Nullable String startLink,
    @Nullable String joinLink,
    @Nullable Instant expiration,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public MeetingJoinLinks {
    extra = Extras.copyOf(extra);
  }
}
