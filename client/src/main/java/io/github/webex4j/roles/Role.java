package io.github.webex4j.roles;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An administrator role.
 *
 * @param id opaque role id
 * @param name role name, e.g. {@code Full Administrator} (called {@code displayName} before 2018)
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Role(
    @Nullable String id, @Nullable String name, Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Role {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public Role(@Nullable String id, @Nullable String name) {
    this(id, name, Map.of());
  }
}
