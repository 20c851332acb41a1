package io.github.webex4j.people;

/**
 * A postal address of a person. Every component may be null.
 *
 * @param type kind of address, e.g. {@code work}
 * @param country country code, e.g. {@code US}
 * @param locality city
 * @param region state or region
 * @param streetAddress street
 * @param postalCode postal or zip code
 */
public record Address(
    String type,
    String country,
    String locality,
    String region,
    String streetAddress,
    String postalCode) {}
