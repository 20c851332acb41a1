package io.github.webex4j.people;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A postal address of a person. Every component may be null.
 *
 * @param type kind of address, e.g. {@code work}
 * @param country country code, e.g. {@code US}
 * @param locality city
 * @param region state or region
 * @param streetAddress street
 * @param postalCode postal or zip code
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Address(
    @Nullable String type,
    @Nullable String country,
    @Nullable String locality,
    @Nullable String region,
    @Nullable String streetAddress,
    @Nullable String postalCode,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Address {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public Address(
      @Nullable String type,
      @Nullable String country,
      @Nullable String locality,
      @Nullable String region,
      @Nullable String streetAddress,
      @Nullable String postalCode) {
    this(type, country, locality, region, streetAddress, postalCode, Map.of());
  }
}
