package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.WebexCommand;
import io.github.webex4j.emulator.EmulatorMain;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code webex emulator}: the local Webex emulator, standalone, until Ctrl-C. */
@Command(
    name = "emulator",
    description = {
      "Run the local Webex emulator on 127.0.0.1 until Ctrl-C (same as the emulator's own jar).",
      "Prints the base URL and the admin token to use with it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex emulator --port 8900 --token T",
      "  webex emulator --seed world.json --guest-issuer my-issuer:@issuer-secret.txt",
      "  WEBEX_BASE_URL=http://127.0.0.1:8900/v1 WEBEX_API_TOKEN=T webex rooms list"
    })
public final class EmulatorCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "8900",
      description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "The admin token the emulator accepts (default: random, printed).")
  private String token;

  @Option(
      names = "--seed",
      paramLabel = "FILE",
      description =
          "A JSON file to load at start: people (with tokens), teams, rooms, memberships and"
              + " messages, as GET /_emulator/snapshot exports them.")
  private Path seed;

  @Option(
      names = "--guest-issuer",
      paramLabel = "ID:SECRET",
      converter = GuestIssuerConverter.class,
      description =
          "Registers a guest issuer: ISSUER_ID:BASE64_SECRET, or ISSUER_ID:@FILE to read the"
              + " secret from a file (keeping it out of the process list). Repeatable.")
  private List<EmulatorMain.GuestIssuer> guestIssuers = new ArrayList<>();

  /** Reads {@code --guest-issuer} the way the emulator's own jar does. */
  static final class GuestIssuerConverter
      implements CommandLine.ITypeConverter<EmulatorMain.GuestIssuer> {
    @Override
    public EmulatorMain.GuestIssuer convert(String value) {
      try {
        return EmulatorMain.GuestIssuer.parse(value);
      } catch (IllegalArgumentException e) {
        // The message names the option, never the secret.
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    WebexEmulator emulator = start(WebexCommand.of(spec).context().out());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "webex-emulator-shutdown"));
    try {
      stopped.await();
    } finally {
      emulator.close();
    }
    return ExitCodes.OK;
  }

  /**
   * Starts the emulator and prints where it listens and its admin token; the caller closes it.
   *
   * @throws CliFailure exit 1 for a seed file or guest issuer the emulator refuses, exit 4 if the
   *     port cannot be bound
   */
  WebexEmulator start(PrintWriter out) {
    if (seed != null && !Files.isReadable(seed)) {
      throw new CliFailure(ExitCodes.USAGE, "--seed: cannot read " + seed);
    }
    ByteArrayOutputStream banner = new ByteArrayOutputStream();
    WebexEmulator emulator;
    try {
      emulator =
          EmulatorMain.start(
              new EmulatorMain.Options(port, token, false, seed, List.copyOf(guestIssuers)),
              new PrintStream(banner, true, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // A seed file or guest issuer secret the emulator refuses; the message has no secret.
      throw new CliFailure(ExitCodes.USAGE, "Cannot start the emulator: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new CliFailure(
          ExitCodes.NETWORK,
          "Cannot listen on 127.0.0.1:"
              + port
              + " ("
              + reason(e)
              + "); choose another port with --port, or 0 for any free one.");
    }
    out.print(banner.toString(StandardCharsets.UTF_8));
    out.println("Stop it with Ctrl-C.");
    out.flush();
    return emulator;
  }

  /** Why the emulator could not start, in words (whatever exception the emulator wraps it in). */
  private static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return "the port is already in use";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "it could not be opened" : root.getMessage();
  }
}
