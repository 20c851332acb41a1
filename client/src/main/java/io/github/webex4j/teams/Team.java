package io.github.webex4j.teams;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A team: a group of people with a General space and optionally further team spaces.
 *
 * @param id opaque team id
 * @param name team name
 * @param description description, null if none was set
 * @param creatorId id of the person who created the team; null if Webex omits it ([?] present in
 *     the API examples but not in the schema)
 * @param created creation time
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Team(
    @Nullable String id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String creatorId,
    @Nullable Instant created,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Team {
    extra = Extras.copyOf(extra);
  }
}
