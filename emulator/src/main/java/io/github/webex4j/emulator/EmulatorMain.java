package io.github.webex4j.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar webex-emulator.jar [--port N] [--token T]}. Binds
 * 127.0.0.1, prints the base URL and admin token, and runs until the JVM is stopped (Ctrl-C or
 * SIGTERM). The CLI's {@code webex emulator} calls {@link #run(int, String, PrintStream)}.
 */
public final class EmulatorMain {
  /** The port used when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8900;

  private static final String USAGE =
      "Usage: java -jar webex-emulator.jar [--port N (default 8900, 0 = any free port)]"
          + " [--token T (default random)]";

  private EmulatorMain() {}

  /**
   * Parsed command line.
   *
   * @param port the port (0-65535)
   * @param token the admin token, or null for a random one
   * @param help true when usage was asked for
   */
  public record Options(int port, String token, boolean help) {}

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
      run(options.port(), options.token(), out);
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
   * Parses {@code --port N}, {@code --token T} and {@code --help}.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  public static Options parse(String[] args) {
    int port = DEFAULT_PORT;
    String token = null;
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
        case "--help", "-h" -> {
          return new Options(port, token, true);
        }
        default -> throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    return new Options(port, token, false);
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
    WebexEmulator emulator = start(port, token, out);
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
    WebexEmulator.Builder builder = WebexEmulator.builder().port(port);
    if (token != null) {
      builder.adminToken(token);
    }
    WebexEmulator emulator = builder.start();
    out.println("Webex emulator listening on " + emulator.baseUri());
    out.println("Admin token: " + emulator.adminToken());
    out.println("Control API: http://127.0.0.1:" + emulator.port() + "/_emulator");
    out.flush();
    return emulator;
  }
}
