package io.github.webex4j.bench;

import io.github.webex4j.DeliveryUnknownException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.WebexException;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workload 6: messages sent while about 10% of requests to {@code /messages} fail in mixed ways
 * (429, 5xx before and after the server stored the message, dropped connections before and after,
 * answers held past the client's timeout), then the room is read back and each message's copies
 * counted against what the sender was told. Through the library (plain {@code create} beside {@code
 * createOnce}) and as whole {@code ./webex notify} processes. Usage: {@code DeliveryWorkload
 * <origin> <adminToken> <repoRoot> <resultsFile> [messages] [notifyProcesses]}.
 */
public final class DeliveryWorkload {
  private static final String NAME = "6. delivery under 10% mixed faults";
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final Pattern TAG = Pattern.compile("\\[delivery (\\w+) (\\d+)\\]");

  /** What the sender was told. */
  enum Reported {
    DELIVERED,
    FAILED,
    UNKNOWN
  }

  private final Emulator emulator;
  private final Path root;
  private final Results results;
  private final Emulator.Person sender;
  private final WebexClient webex;

  private DeliveryWorkload(Emulator emulator, Path root, Results results) throws Exception {
    this.emulator = emulator;
    this.root = root;
    this.results = results;
    this.sender = emulator.createPerson("delivery-" + System.nanoTime() + "@example.com");
    this.webex = emulator.client(sender);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: DeliveryWorkload origin adminToken repoRoot results [messages] [processes]");
      System.exit(1);
    }
    int messages = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
    int processes = args.length > 5 ? Integer.parseInt(args[5]) : 1_000;
    DeliveryWorkload workload =
        new DeliveryWorkload(
            new Emulator(args[0], args[1]), Path.of(args[2]), new Results(Path.of(args[3])));
    workload.library("create", messages, workload::plainCreate);
    workload.library("createOnce", messages, workload::createOnce);
    if (processes > 0) {
      workload.notifyProcesses(processes);
    }
  }

  /** The mix, about 10% of requests in all; every fault is transient, so a retry can succeed. */
  private void injectFaults() throws IOException, InterruptedException {
    emulator.clearFaults();
    List<Map<String, Object>> mix =
        List.of(
            Map.of("kind", "status", "status", 429, "retryAfter", 1, "fraction", 0.02),
            Map.of("kind", "status", "status", 503, "fraction", 0.015),
            Map.of(
                "kind", "status", "status", 503, "retryAfter", 1, "after", true, "fraction", 0.015),
            Map.of("kind", "status", "status", 500, "after", true, "fraction", 0.01),
            Map.of("kind", "drop", "fraction", 0.01),
            Map.of("kind", "drop", "after", true, "fraction", 0.015),
            Map.of("kind", "delay", "delayMs", 1500, "after", true, "fraction", 0.015));
    for (Map<String, Object> fault : mix) {
      Map<String, Object> scoped = new HashMap<>(fault);
      scoped.put("pathPrefix", "/messages");
      emulator.addFault(scoped);
    }
  }

  private String newRoom(String label) {
    return webex.rooms().create(RoomCreateParams.of("delivery " + label)).id();
  }

  private Reported plainCreate(String room, String text, WebexClient client) {
    return outcome(() -> client.messages().create(params(room, text)));
  }

  private Reported createOnce(String room, String text, WebexClient client) {
    return outcome(() -> client.messages().createOnce(params(room, text)));
  }

  private static MessageCreateParams params(String room, String text) {
    return MessageCreateParams.builder().roomId(room).text(text).build();
  }

  private static Reported outcome(Supplier<Message> send) {
    try {
      send.get();
      return Reported.DELIVERED;
    } catch (DeliveryUnknownException e) {
      return Reported.UNKNOWN;
    } catch (WebexException e) {
      return Reported.FAILED;
    }
  }

  interface Sender {
    Reported send(String room, String text, WebexClient client);
  }

  private void library(String label, int count, Sender sender) throws Exception {
    String room = newRoom(label);
    WebexClient client =
        WebexClient.builder()
            .accessToken(this.sender.token())
            .baseUrl(emulator.baseUrl())
            .environment(Map.of())
            .requestTimeout(TIMEOUT)
            .build();
    injectFaults();
    long start = System.nanoTime();
    Map<Integer, Reported> reported = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      reported.put(i, sender.send(room, "[delivery " + label + " " + i + "]", client));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    emulator.clearFaults();
    report("library " + label, reported, copies(room, label), seconds);
  }

  private void notifyProcesses(int count) throws Exception {
    String room = newRoom("notify");
    injectFaults();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Reported>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      runs.add(pool.submit(() -> notifyOnce(room, n)));
    }
    Map<Integer, Reported> reported = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      reported.put(i, runs.get(i).get());
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    emulator.clearFaults();
    report("./webex notify processes", reported, copies(room, "notify"), seconds);
  }

  /**
   * One {@code ./webex notify} process with {@code --fail-on-error} (else a failed notification
   * exits 0, so as not to fail a build): exit 0 is "delivered", 5 "may or may not have been".
   */
  private Reported notifyOnce(String room, int n) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            root.resolve("webex").toString(),
            "--timeout",
            TIMEOUT.toMillis() + "ms",
            "notify",
            "--no-ci-env",
            "--no-thread",
            "--fail-on-error",
            "--room",
            room,
            "--status",
            "success",
            "--title",
            "Build " + n,
            "--summary",
            "[delivery notify " + n + "]");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("WEBEX_API_TOKEN", sender.token());
    builder.environment().put("WEBEX_BASE_URL", emulator.baseUrl());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit == 1) {
      throw new IllegalStateException("usage error: " + output);
    }
    return switch (exit) {
      case 0 -> Reported.DELIVERED;
      case 5 -> Reported.UNKNOWN;
      default -> Reported.FAILED;
    };
  }

  /** Copies of each numbered message in {@code room}, read back with faults cleared. */
  private Map<Integer, Integer> copies(String room, String label) {
    Map<Integer, Integer> copies = new HashMap<>();
    MessageListParams params = MessageListParams.builder().roomId(room).pageSize(1000).build();
    for (Message message : webex.messages().list(params).autoPager()) {
      String text = message.text() == null ? "" : message.text();
      String markdown = message.markdown() == null ? "" : message.markdown();
      Matcher matcher = TAG.matcher(text + " " + markdown);
      if (matcher.find() && matcher.group(1).equals(label)) {
        copies.merge(Integer.parseInt(matcher.group(2)), 1, Integer::sum);
      }
    }
    return copies;
  }

  private void report(
      String metric,
      Map<Integer, Reported> reported,
      Map<Integer, Integer> copies,
      double seconds) {
    int lost = 0;
    int duplicated = 0;
    int misreported = 0;
    int unknown = 0;
    int failedTruly = 0;
    for (Map.Entry<Integer, Reported> entry : reported.entrySet()) {
      int n = copies.getOrDefault(entry.getKey(), 0);
      Reported told = entry.getValue();
      lost += n == 0 ? 1 : 0;
      duplicated += n > 1 ? 1 : 0;
      unknown += told == Reported.UNKNOWN ? 1 : 0;
      failedTruly += told == Reported.FAILED && n == 0 ? 1 : 0;
      boolean wrong = (told == Reported.DELIVERED && n == 0) || (told == Reported.FAILED && n > 0);
      misreported += wrong ? 1 : 0;
    }
    String note =
        String.format(
            Locale.ROOT,
            "%d sent; lost %d (%d reported failed), duplicated %d, misreported %d, reported"
                + " unknown %d; %.0f s",
            reported.size(),
            lost,
            failedTruly,
            duplicated,
            misreported,
            unknown,
            seconds);
    double bad = lost + duplicated + misreported;
    results.add(
        NAME,
        metric + ": lost + duplicated + misreported",
        "messages",
        Stats.of(List.of(bad)),
        Double.NaN,
        Double.NaN,
        metric.endsWith(" create") ? "-" : "0 / 0 / 0",
        metric.endsWith(" create") ? "-" : (bad == 0 ? "yes" : "no"),
        note);
  }
}
