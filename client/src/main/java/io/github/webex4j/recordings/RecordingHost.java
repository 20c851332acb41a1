package io.github.webex4j.recordings;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Whose recordings a service app with group recording access reads ({@code /group/recordings}):
 * Webex needs the person id (sent as query {@code personId}) or the email (sent as header {@code
 * hostEmail}), or both.
 *
 * @param personId the host's person id (base64, or the raw UUID), or null
 * @param email the host's email, or null
 */
public record RecordingHost(@Nullable String personId, @Nullable String email) {

  /**
   * Checks that the host is named by person id, email or both.
   *
   * @throws IllegalArgumentException if neither {@code personId} nor {@code email} is given
   */
  public RecordingHost {
    if (!Checks.present(personId) && !Checks.present(email)) {
      throw new IllegalArgumentException("personId or email is required");
    }
  }

  /** The host with this person id. */
  public static RecordingHost byPersonId(String personId) {
    return new RecordingHost(Checks.notBlank(personId, "personId"), null);
  }

  /** The host with this email. */
  public static RecordingHost byEmail(String email) {
    return new RecordingHost(null, Checks.notBlank(email, "email"));
  }
}
