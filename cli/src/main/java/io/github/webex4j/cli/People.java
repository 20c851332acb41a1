package io.github.webex4j.cli;

/** How commands take a person: an email or a person id. */
public final class People {
  private People() {}

  /** Whether {@code emailOrId} is an email (else it is taken as a person id). */
  public static boolean isEmail(String emailOrId) {
    return emailOrId.contains("@");
  }
}
