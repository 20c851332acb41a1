package io.github.webex4j.people;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A phone number of a person.
 *
 * @param type kind of number, null if absent
 * @param value the number, e.g. {@code +1 408 526 7209}
 * @param primary whether it is the primary number, null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record PhoneNumber(
    @Nullable PhoneNumberType type,
    @Nullable String value,
    @Nullable Boolean primary,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public PhoneNumber {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public PhoneNumber(
      @Nullable PhoneNumberType type, @Nullable String value, @Nullable Boolean primary) {
    this(type, value, primary, Map.of());
  }

  /** A work number that is not marked primary (for create / update requests). */
  public static PhoneNumber work(String value) {
    return new PhoneNumber(PhoneNumberType.WORK, value, null);
  }
}
