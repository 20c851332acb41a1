package io.github.webex4j.people;

/**
 * A phone number of a person.
 *
 * @param type kind of number, null if absent
 * @param value the number, e.g. {@code +1 408 526 7209}
 * @param primary whether it is the primary number, null if absent
 */
public record PhoneNumber(PhoneNumberType type, String value, Boolean primary) {

  /** A work number that is not marked primary (for create / update requests). */
  public static PhoneNumber work(String value) {
    return new PhoneNumber(PhoneNumberType.WORK, value, null);
  }
}
