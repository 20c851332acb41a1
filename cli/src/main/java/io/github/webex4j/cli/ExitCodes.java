package io.github.webex4j.cli;

import io.github.webex4j.DeliveryUnknownException;
import io.github.webex4j.MissingTokenException;
import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexConfigurationException;
import io.github.webex4j.WebexException;
import io.github.webex4j.WebexIoException;
import picocli.CommandLine;

/**
 * The documented exit codes and the mapping from exceptions to them: 0 ok, 1 usage, 2 API error, 3
 * authentication (no token, token rejected), 4 network, 5 delivery unknown.
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
  /** Success. */
  public static final int OK = 0;

  /**
   * Bad command line or input (invalid values found before any request), or bad configuration
   * (malformed {@code .env}, invalid base URL).
   */
  public static final int USAGE = 1;

  /** Webex answered with an error (other than 401), or the CLI found no matching object. */
  public static final int API = 2;

  /** No token found, token file unreadable or empty, or Webex rejected the token (401). */
  public static final int AUTH = 3;

  /** Network failure or timeout. */
  public static final int NETWORK = 4;

  /**
   * A message send failed in a way that leaves open whether Webex stored it, and the room could not
   * be checked: it may or may not have been delivered (it was not sent again).
   */
  public static final int DELIVERY_UNKNOWN = 5;

  @Override
  public int getExitCode(Throwable exception) {
    return of(exception);
  }

  /** The exit code for a failure, looking through wrappers such as a failed demo step. */
  public static int of(Throwable exception) {
    Throwable e = Errors.rootProblem(exception);
    if (e instanceof CliFailure failure) {
      return failure.exitCode();
    }
    if (e instanceof DeliveryUnknownException) {
      return DELIVERY_UNKNOWN;
    }
    if (e instanceof UnauthorizedException || e instanceof MissingTokenException) {
      return AUTH;
    }
    if (e instanceof WebexConfigurationException) {
      return USAGE;
    }
    if (e instanceof WebexIoException) {
      return NETWORK;
    }
    if (e instanceof WebexException) {
      return API;
    }
    if (e instanceof IllegalArgumentException
        || e instanceof CommandLine.ParameterException
        || e instanceof CommandLine.TypeConversionException) {
      return USAGE;
    }
    return API;
  }
}
