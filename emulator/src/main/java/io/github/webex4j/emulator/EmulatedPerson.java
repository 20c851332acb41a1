package io.github.webex4j.emulator;

/**
 * A person or bot of the emulated org with a bearer token. {@link #toString()} hides the token.
 *
 * @param id the Webex person id
 * @param email the primary email
 * @param displayName the display name
 * @param token the bearer token to call the API as this person
 */
public record EmulatedPerson(String id, String email, String displayName, String token) {
  @Override
  public String toString() {
    return "EmulatedPerson[id="
        + id
        + ", email="
        + email
        + ", displayName="
        + displayName
        + ", token=***]";
  }
}
