package io.github.webex4j.organizations;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Webex organization.
 *
 * @param id opaque organization id
 * @param displayName full name of the organization
 * @param created creation time; null if absent (the API examples use {@code +00:00} offsets, which
 *     decode as well)
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Organization(
    @Nullable String id,
    @Nullable String displayName,
    @Nullable Instant created,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Organization {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public Organization(
      @Nullable String id, @Nullable String displayName, @Nullable Instant created) {
    this(id, displayName, created, Map.of());
  }
}
