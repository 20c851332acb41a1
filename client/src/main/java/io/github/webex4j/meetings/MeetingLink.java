package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A HATEOAS link of a meeting (e.g. to its breakout sessions or global call-in numbers).
 *
 * @param rel link relation describing how the target resource is related to the current context
 *     (conforming with RFC5998).
 * @param href target resource URI (conforming with RFC5998).
 * @param method target resource method (conforming with RFC5998).
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingLink(
    @Nullable String rel,
    @Nullable String href,
    @Nullable String method,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public MeetingLink {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public MeetingLink(@Nullable String rel, @Nullable String href, @Nullable String method) {
    this(rel, href, method, Map.of());
  }
}
