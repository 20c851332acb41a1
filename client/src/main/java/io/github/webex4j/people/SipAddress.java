package io.github.webex4j.people;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A SIP address of a person (read-only, assigned by Webex).
 *
 * @param type kind of address, null if absent
 * @param value the address
 * @param primary whether it is the primary address, null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record SipAddress(
    @Nullable SipAddressType type,
    @Nullable String value,
    @Nullable Boolean primary,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public SipAddress {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public SipAddress(
      @Nullable SipAddressType type, @Nullable String value, @Nullable Boolean primary) {
    this(type, value, primary, Map.of());
  }
}
