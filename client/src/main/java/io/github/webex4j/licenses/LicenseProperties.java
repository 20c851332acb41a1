package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Calling properties for a Webex Calling license. Webex needs {@code phoneNumber} or {@code
 * extension}, and {@code locationId} when there is no phone number; it reports violations as 400.
 *
 * @param locationId location of the user, may be null
 * @param phoneNumber work phone number, may be null
 * @param extension calling extension, may be null
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record LicenseProperties(
    @Nullable String locationId,
    @Nullable String phoneNumber,
    @Nullable String extension,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public LicenseProperties {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public LicenseProperties(
      @Nullable String locationId, @Nullable String phoneNumber, @Nullable String extension) {
    this(locationId, phoneNumber, extension, Map.of());
  }
}
