package io.github.webex4j.internal.util;

/**
 * Argument checks shared by the params records. Each failure is an {@link IllegalArgumentException}
 * whose message names the field, thrown before any request.
 */
public final class Checks {
  private Checks() {}

  /** True if {@code value} is non-null and not blank. */
  public static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * @return {@code value}
   * @throws IllegalArgumentException "{@code <field>} must not be blank" if null or blank
   */
  public static String notBlank(String value, String field) {
    if (!present(value)) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * @throws IllegalArgumentException "exactly one of {@code <firstField>} and {@code <secondField>}
   *     is required" unless exactly one of the two values is {@link #present}
   */
  public static void exactlyOne(
      String first, String firstField, String second, String secondField) {
    if (present(first) == present(second)) {
      throw new IllegalArgumentException(
          "exactly one of " + firstField + " and " + secondField + " is required");
    }
  }

  /**
   * @return {@code value}
   * @throws IllegalArgumentException "{@code <field>} must be positive" if non-null and below 1
   */
  public static Integer positive(Integer value, String field) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(field + " must be positive");
    }
    return value;
  }
}
