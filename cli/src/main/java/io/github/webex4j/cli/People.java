package io.github.webex4j.cli;

/** How commands take a person: an email or a person id. */
public final class People {
  private People() {}

  /** Whether {@code emailOrId} is an email (else it is taken as a person id). */
  public static boolean isEmail(String emailOrId) {
    return emailOrId.contains("@");
  }

  /**
   * A person as given on the command line, split into the two request fields Webex has for it.
   *
   * @param id the person id, or null if an email was given (or nothing)
   * @param email the email, or null if an id was given (or nothing)
   */
  public record Ref(String id, String email) {}

  /**
   * @param emailOrId an email, a person id, or null
   * @return the reference; both fields null for null
   */
  public static Ref ref(String emailOrId) {
    if (emailOrId == null) {
      return new Ref(null, null);
    }
    return isEmail(emailOrId) ? new Ref(null, emailOrId) : new Ref(emailOrId, null);
  }
}
