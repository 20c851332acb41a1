package io.github.webex4j.emulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar webex-emulator.jar [--port N] [--token T]}. Binds
 * 127.0.0.1, prints the base URL and admin token, and runs until the JVM is stopped (Ctrl-C or
 * SIGTERM). The CLI's {@code webex emulator} calls {@link #run(int, String, PrintStream)}.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  /** Parses the arguments and runs until the JVM stops; exit code 1 for bad arguments. */
  public static void main(String[] args) throws InterruptedException {
    int port = 8900;
    String token = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ((arg.equals("--port") || arg.equals("--token")) && i + 1 >= args.length) {
        usage(arg + " needs a value");
        return;
      }
      switch (arg) {
        case "--port" -> {
          try {
            port = Integer.parseInt(args[++i]);
          } catch (NumberFormatException e) {
            usage("--port must be a number");
            return;
          }
        }
        case "--token" -> token = args[++i];
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          usage("unknown argument: " + arg);
          return;
        }
      }
    }
    run(port, token, System.out);
  }

  private static final String USAGE =
      "Usage: java -jar webex-emulator.jar [--port N (default 8900, 0 = any)] [--token T"
          + " (default random)]";

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(USAGE);
    System.exit(1);
  }

  /**
   * Starts an emulator on 127.0.0.1:{@code port}, prints its base URL and admin token to {@code
   * out}, and blocks until the JVM shuts down (the shutdown hook closes the emulator).
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
