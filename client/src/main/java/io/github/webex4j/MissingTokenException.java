package io.github.webex4j;

/**
 * No access token was configured anywhere the client looks (builder, environment, {@code .env}).
 * Callers that can fall back to something else (the CLI's demo runs on a local emulator) catch this
 * type; a malformed {@code .env} or base URL stays a plain {@link WebexConfigurationException}.
 */
public class MissingTokenException extends WebexConfigurationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that tells the user where a token can be configured.
   *
   * @param message where the client looked and how to get a token; never a secret
   */
  public MissingTokenException(String message) {
    super(message, null);
  }
}
