package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A member of a group.
 *
 * @param id the member's person id
 * @param type member type as sent by Webex, e.g. {@code user} (free-form: {@code machine} and
 *     {@code group} are documented examples); null if absent
 * @param displayName the member's name, null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record GroupMember(
    @Nullable String id,
    @Nullable String type,
    @Nullable String displayName,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public GroupMember {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public GroupMember(@Nullable String id, @Nullable String type, @Nullable String displayName) {
    this(id, type, displayName, Map.of());
  }
}
