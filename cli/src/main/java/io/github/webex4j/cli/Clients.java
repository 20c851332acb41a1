package io.github.webex4j.cli;

import io.github.webex4j.MissingTokenException;
import io.github.webex4j.RetryPolicy;
import io.github.webex4j.WebexClient;
import io.github.webex4j.http.HttpEngines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Builds the client for an invocation. Token: {@code --token-file}, else the client's own lookup
 * ({@code WEBEX_API_TOKEN}, {@code WEBEX_ACCESS_TOKEN}, {@code .env}) over the injected
 * environment. Base URL: {@code --base-url}, else {@code WEBEX_BASE_URL} ({@code .env} too), else
 * Webex.
 */
public final class Clients {
  private Clients() {}

  /**
   * @throws io.github.webex4j.MissingTokenException if no token is configured anywhere
   * @throws io.github.webex4j.WebexConfigurationException for a bad {@code .env} or base URL
   * @throws CliFailure (exit code 3) if the token file cannot be read or is empty
   */
  public static WebexClient create(WebexCommand root) {
    return configured(root).build();
  }

  /**
   * A builder with the invocation's environment, token file and base URL applied (token from the
   * environment is resolved at {@code build()}).
   */
  public static WebexClient.Builder builder(WebexCommand root) {
    return configured(root);
  }

  private static WebexClient.Builder configured(WebexCommand root) {
    CliContext context = root.context();
    WebexClient.Builder builder =
        WebexClient.builder()
            .httpEngine(HttpEngines.urlConnection()) // a CLI call is short-lived: start fast
            .requestTimeout(root.timeout())
            .retryPolicy(retryPolicy(root.deadline()))
            .environment(context.env())
            .workingDirectory(context.workingDirectory())
            .logger(root.clientLog());
    if (root.tokenFile() != null) {
      builder.accessToken(readToken(root.tokenFile()));
    }
    if (root.baseUrl() != null) {
      builder.baseUrl(root.baseUrl());
    }
    return context.clientSettings().apply(builder);
  }

  /** The default policy, its total wait kept within the command's deadline (zero: none). */
  private static RetryPolicy retryPolicy(Duration deadline) {
    RetryPolicy defaults = RetryPolicy.defaults();
    if (deadline.isZero() || deadline.compareTo(defaults.totalBudget()) >= 0) {
      return defaults;
    }
    return defaults.toBuilder().totalBudget(deadline).build();
  }

  /** Whether a token is configured anywhere the CLI looks (no request is made). */
  public static boolean hasToken(WebexCommand root) {
    if (root.tokenFile() != null) {
      return true;
    }
    try {
      configured(root).build();
      return true;
    } catch (MissingTokenException e) {
      return false;
    }
  }

  private static String readToken(Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.AUTH,
          "Cannot read the token file " + file + " (" + IoProblems.describe(e) + ")");
    }
    if (token.isEmpty()) {
      throw new CliFailure(ExitCodes.AUTH, "The token file " + file + " is empty");
    }
    return token;
  }
}
