package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person holding a license.
 *
 * @param id person id
 * @param type whether the person belongs to the license's organization; null if absent
 * @param displayName full name, null if absent
 * @param email email address, null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record LicenseUser(
    @Nullable String id,
    @Nullable LicenseUserType type,
    @Nullable String displayName,
    @Nullable String email,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public LicenseUser {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public LicenseUser(
      @Nullable String id,
      @Nullable LicenseUserType type,
      @Nullable String displayName,
      @Nullable String email) {
    this(id, type, displayName, email, Map.of());
  }
}
