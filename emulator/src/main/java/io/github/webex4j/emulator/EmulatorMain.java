package io.github.webex4j.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar webex-emulator.jar [--port N] [--token T] [--seed FILE]
 * [--guest-issuer ID:SECRET]...}. Binds 127.0.0.1, prints the base URL and admin token, and runs
 * until the JVM is stopped (Ctrl-C or SIGTERM). The CLI's {@code webex emulator} calls {@link
 * #run(int, String, PrintStream)}.
 */
public final class EmulatorMain {
  /** The port used when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8900;

  private static final String USAGE =
      "Usage: java -jar webex-emulator.jar [--port N (default 8900, 0 = any free port)]"
          + " [--token T (default random)] [--seed FILE (JSON: people, teams, rooms, memberships,"
          + " messages)] [--guest-issuer ISSUER_ID:BASE64_SECRET or ISSUER_ID:@SECRET_FILE"
          + " (repeatable)]";

  private EmulatorMain() {}

  /**
   * Parsed command line.
   *
   * @param port the port (0-65535)
   * @param token the admin token, or null for a random one
   * @param help true when usage was asked for
   * @param seed a seed file to load at start, or null
   * @param guestIssuers guest issuers to register, as {@code issuerId} to base64 secret pairs
   */
  public record Options(
      int port, String token, boolean help, Path seed, List<GuestIssuer> guestIssuers) {
    /** Options without a seed file or guest issuers. */
    public Options(int port, String token, boolean help) {
      this(port, token, help, null, List.of());
    }
  }

  /**
   * One {@code --guest-issuer}; {@link #toString()} hides the secret.
   *
   * @param issuerId the JWT {@code iss} claim
   * @param base64Secret the HS256 secret, base64 encoded
   */
  public record GuestIssuer(String issuerId, String base64Secret) {
    /**
     * Parses {@code ID:SECRET} or {@code ID:@FILE} (the secret read from a file, keeping it out of
     * the process list), as {@code --guest-issuer} takes it.
     *
     * @throws IllegalArgumentException naming the option; messages never contain the secret
     */
    public static GuestIssuer parse(String value) {
      int colon = value.lastIndexOf(':');
      if (colon <= 0 || colon == value.length() - 1) {
        throw new IllegalArgumentException(
            "--guest-issuer needs ISSUER_ID:BASE64_SECRET or ISSUER_ID:@SECRET_FILE");
      }
      String secret = value.substring(colon + 1);
      if (secret.startsWith("@")) {
        try {
          secret = Files.readString(Path.of(secret.substring(1)), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
          throw new IllegalArgumentException("--guest-issuer: cannot read " + secret.substring(1));
        }
      }
      return new GuestIssuer(value.substring(0, colon), secret);
    }

    @Override
    public String toString() {
      return "GuestIssuer[" + issuerId + "]";
    }
  }

  /** Exit code when the port cannot be bound. */
  public static final int CANNOT_LISTEN = 2;

  /**
   * Parses the arguments and runs until the JVM stops; exit code 1 for bad arguments, {@value
   * #CANNOT_LISTEN} when the port cannot be bound.
   */
  public static void main(String[] args) throws InterruptedException {
    int code = execute(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Does what {@link #main} does and returns its exit code instead of exiting: it only returns
   * early (help, bad arguments, a port that cannot be bound); failures are one line on {@code err},
   * without a stack trace.
   */
  static int execute(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 1;
    }
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    try {
      run(options, out);
    } catch (IllegalArgumentException e) { // a bad seed file or guest issuer
      err.println(e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println(cannotListen(options.port(), e.getCause()));
      return CANNOT_LISTEN;
    }
    return 0;
  }

  private static String cannotListen(int port, Exception cause) {
    if (cause instanceof BindException) {
      return "port " + port + " is already in use; choose another with --port";
    }
    return "cannot listen on 127.0.0.1:" + port + " (" + cause.getMessage() + ")";
  }

  /**
   * Parses {@code --port N}, {@code --token T}, {@code --seed FILE}, {@code --guest-issuer
   * ID:SECRET} (repeatable; {@code ID:@FILE} reads the secret from a file, keeping it out of the
   * process list) and {@code --help}.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  public static Options parse(String[] args) {
    int port = DEFAULT_PORT;
    String token = null;
    Path seed = null;
    List<GuestIssuer> issuers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> port = port(value(args, ++i, arg));
        case "--token" -> {
          token = value(args, ++i, arg);
          if (token.isBlank()) {
            throw new IllegalArgumentException("--token must not be blank");
          }
        }
        case "--seed" -> seed = Path.of(value(args, ++i, arg));
        case "--guest-issuer" -> issuers.add(GuestIssuer.parse(value(args, ++i, arg)));
        case "--help", "-h" -> {
          return new Options(port, token, true, seed, List.copyOf(issuers));
        }
        default -> throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    return new Options(port, token, false, seed, List.copyOf(issuers));
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535: " + value);
  }

  /**
   * Starts an emulator on 127.0.0.1:{@code port}, prints its base URL and admin token to {@code
   * out}, and blocks until the JVM shuts down (a shutdown hook closes the emulator).
   *
   * @param token the admin token, or null for a random one
   * @throws InterruptedException when the waiting thread is interrupted (the emulator is closed)
   */
  public static void run(int port, String token, PrintStream out) throws InterruptedException {
    run(new Options(port, token, false), out);
  }

  /**
   * Like {@link #run(int, String, PrintStream)} with every option.
   *
   * @throws InterruptedException when the waiting thread is interrupted (the emulator is closed)
   */
  public static void run(Options options, PrintStream out) throws InterruptedException {
    WebexEmulator emulator = start(options, out);
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
  }

  /**
   * Starts an emulator and prints how to reach it; the caller owns (and closes) the result.
   *
   * @param token the admin token, or null for a random one
   */
  public static WebexEmulator start(int port, String token, PrintStream out) {
    return start(new Options(port, token, false), out);
  }

  /**
   * Starts an emulator with every option (seed file, guest issuers) and prints how to reach it.
   *
   * @throws IllegalArgumentException for a bad guest issuer or seed file
   * @throws UncheckedIOException when the seed file cannot be read or the port bound
   */
  public static WebexEmulator start(Options options, PrintStream out) {
    WebexEmulator.Builder builder = WebexEmulator.builder().port(options.port());
    if (options.token() != null) {
      builder.adminToken(options.token());
    }
    if (options.seed() != null) {
      builder.seedFile(options.seed());
    }
    options.guestIssuers().forEach(g -> builder.guestIssuer(g.issuerId(), g.base64Secret()));
    WebexEmulator emulator = builder.start();
    out.println("Webex emulator listening on " + emulator.baseUri());
    out.println("Admin token: " + emulator.adminToken());
    out.println("Control API: http://127.0.0.1:" + emulator.port() + "/_emulator");
    out.flush();
    return emulator;
  }
}
