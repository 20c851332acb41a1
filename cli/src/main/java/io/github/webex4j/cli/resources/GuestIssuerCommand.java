package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.Clients;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.SecretFile;
import io.github.webex4j.guestissuer.GuestJwt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code webex guest-issuer token}. */
@Command(
    name = "guest-issuer",
    description = "Guest users of a guest issuer app (/jwt/login).",
    footerHeading = "%nExamples:%n",
    footer =
        "  webex guest-issuer token --issuer ISSUER_ID --secret-file issuer.secret"
            + " --subject user-42 --name \"Ana (guest)\"",
    subcommands = GuestIssuerCommand.Token.class)
public final class GuestIssuerCommand extends ApiCommand {
  /** Environment variable holding the issuer's secret when there is no {@code --secret-file}. */
  public static final String ENV_SECRET = "WEBEX_GUEST_ISSUER_SECRET";

  @Command(
      name = "token",
      description = {
        "Signs a guest JWT with the issuer's secret and exchanges it for a guest access token,"
            + " printed with its lifetime in seconds. No WEBEX_API_TOKEN needed.",
        "The secret comes from --secret-file or "
            + ENV_SECRET
            + ", never from an argument,"
            + " and is never printed."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  export " + ENV_SECRET + "=...   # as developer.webex.com shows it (base64)",
        "  webex guest-issuer token --issuer ISSUER_ID --subject user-42 --name \"Ana (guest)\""
            + " -o json"
      })
  static final class Token extends ApiCommand {
    @Option(
        names = "--issuer",
        required = true,
        paramLabel = "ISSUER_ID",
        description = "Guest issuer id.")
    private String issuerId;

    @Option(
        names = "--secret-file",
        paramLabel = "PATH",
        description = "File holding the issuer's base64 secret (else " + ENV_SECRET + ").")
    private Path secretFile;

    @Option(
        names = "--subject",
        required = true,
        paramLabel = "ID",
        description = "Your stable id for the guest (JWT sub).")
    private String subject;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "DISPLAY_NAME",
        description = "Name others see (JWT name).")
    private String displayName;

    @Option(
        names = "--minutes",
        paramLabel = "N",
        defaultValue = "60",
        description = "How long the JWT is valid (default: ${DEFAULT-VALUE}).")
    private long minutes;

    @Override
    public Integer call() {
      output().requireNotId("webex guest-issuer token");
      if (minutes < 1) {
        throw new CliFailure(ExitCodes.USAGE, "--minutes must be at least 1.");
      }
      String jwt =
          GuestJwt.issuer(issuerId, secret())
              .sign(subject, displayName, Instant.now().plus(Duration.ofMinutes(minutes)));
      return show(Clients.builder(root()).accessToken(jwt).build().guestIssuer().login(jwt));
    }

    private String secret() {
      if (secretFile == null) {
        String secret = root().context().env().get(ENV_SECRET);
        if (secret == null || secret.isBlank()) {
          throw new CliFailure(
              ExitCodes.USAGE,
              "Give the issuer's secret with --secret-file or " + ENV_SECRET + ".");
        }
        return secret;
      }
      return SecretFile.read(localPath(null), "--secret-file", secretFile);
    }
  }
}
