package io.github.webex4j.bench;

import io.github.webex4j.WebexClient;
import io.github.webex4j.bulk.BulkResult;
import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * Whole-process workloads against an emulator in another process. Usage: {@code Workloads
 * <setup|percall|stream|stream-big|bulk> <origin> <adminToken> <stateFile> <resultsFile>}. {@code
 * setup} creates the people, rooms and messages the others need and writes their ids and tokens to
 * the state file.
 */
public final class Workloads {
  static final int PER_CALL_REQUESTS = 2_000;
  static final int STREAM_SMALL = 10_000;
  static final int STREAM_BIG = 100_000;
  static final int BULK_MEMBERS = 1_000;
  static final int BULK_LIMIT = 50;
  static final int LARGEST_MESSAGE_PAGE = 1_000;

  private final Emulator emulator;
  private final Properties state;
  private final Results results;

  private Workloads(Emulator emulator, Properties state, Results results) {
    this.emulator = emulator;
    this.state = state;
    this.results = results;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: Workloads <setup|percall|stream|stream-big|bulk> origin adminToken state results");
      System.exit(1);
    }
    Path stateFile = Path.of(args[3]);
    Properties state = new Properties();
    if (Files.exists(stateFile)) {
      try (InputStream in = Files.newInputStream(stateFile)) {
        state.load(in);
      }
    }
    state.putIfAbsent(
        "members.file", stateFile.toAbsolutePath().resolveSibling("members.txt").toString());
    Workloads workloads =
        new Workloads(new Emulator(args[1], args[2]), state, new Results(Path.of(args[4])));
    switch (args[0]) {
      case "setup" -> {
        workloads.setup();
        try (OutputStream out = Files.newOutputStream(stateFile)) {
          state.store(out, "bench state");
        }
      }
      case "percall" -> workloads.perCall();
      case "stream" -> workloads.stream();
      case "stream-big" -> workloads.streamBig();
      case "bulk" -> workloads.bulk();
      default -> throw new IllegalArgumentException("unknown workload " + args[0]);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // setup

  private void setup() throws Exception {
    long start = System.nanoTime();
    Emulator.Person owner = emulator.createPerson("bench-owner@bench.example");
    state.setProperty("owner.token", owner.token());
    state.setProperty("owner.id", owner.id());
    WebexClient webex = emulator.client(owner);
    state.setProperty("room.percall", webex.rooms().create(RoomCreateParams.of("per-call")).id());
    state.setProperty("room.cli", webex.rooms().create(RoomCreateParams.of("cli")).id());
    state.setProperty("room.wrk", webex.rooms().create(RoomCreateParams.of("wrk")).id());
    state.setProperty("room.stream10k", seedRoom(webex, "stream 10k", STREAM_SMALL));
    state.setProperty("room.stream100k", seedRoom(webex, "stream 100k", STREAM_BIG));
    List<String> memberIds = new ArrayList<>();
    for (int i = 0; i < BULK_MEMBERS; i++) {
      memberIds.add(emulator.createPerson("member" + i + "@bench.example").id());
    }
    Files.write(Path.of(state.getProperty("members.file")), memberIds);
    emulator.clearRequestLog();
    System.out.printf(
        "setup: %d + %d messages, %d people in %.1f s%n",
        STREAM_SMALL, STREAM_BIG, BULK_MEMBERS, (System.nanoTime() - start) / 1e9);
  }

  /** A room with {@code count} messages, posted 8 at a time through the bulk API. */
  private static String seedRoom(WebexClient webex, String title, int count) {
    Room room = webex.rooms().create(RoomCreateParams.of(title));
    List<Integer> numbers = IntStream.range(0, count).boxed().toList();
    BulkResult<Integer, Message> result =
        webex
            .bulk()
            .maxConcurrency(8)
            .run(
                numbers,
                (client, i) ->
                    client
                        .messages()
                        .create(
                            MessageCreateParams.textTo(
                                room.id(), "Message " + i + ": build 42 passed, 1234 tests")));
    if (!result.allSucceeded()) {
      throw new IllegalStateException(
          "seeding failed: " + result.failures().get(0).error(), result.failures().get(0).error());
    }
    return room.id();
  }

  // ---------------------------------------------------------------------------------------------
  // 1. per-call overhead

  private void perCall() throws Exception {
    String roomId = state.getProperty("room.percall");
    Baseline baseline = new Baseline(emulator.baseUrl(), state.getProperty("owner.token"));
    WebexClient jdk = ownerClient(HttpEngines.jdkHttpClient());
    WebexClient light = ownerClient(HttpEngines.urlConnection());
    Call jdkCall = () -> jdk.rooms().get(roomId).title().length();
    Call lightCall = () -> light.rooms().get(roomId).title().length();
    Call rawCall = () -> baseline.room(roomId).title().length();
    Call rawAsSentCall = () -> baseline.roomAsSentByWebex4j(roomId).title().length();
    Call rawUrlConnectionCall = () -> baseline.roomViaUrlConnection(roomId).title().length();
    // Every variant warms up before the first pair is measured: otherwise the first pair runs in a
    // colder JVM than the later ones and its ratio swings (1.43x in one run, 1.05x for the same
    // pair measured second in the same process).
    for (Call call : List.of(jdkCall, lightCall, rawCall, rawAsSentCall, rawUrlConnectionCall)) {
      for (int round = 0; round < 2; round++) {
        repeat(call).run();
      }
    }
    perCall("JDK HttpClient engine", jdkCall, "baseline (JDK HttpClient + Jackson)", rawCall);
    perCall(
        "JDK HttpClient engine vs the same request sent raw",
        jdkCall,
        "baseline (JDK HttpClient + Jackson, with webex4j's timeout and headers)",
        rawAsSentCall);
    perCall(
        "HttpURLConnection engine",
        lightCall,
        "baseline (HttpURLConnection + Jackson)",
        rawUrlConnectionCall);
  }

  /** One call of a per-call pair; returns something derived from the answer. */
  interface Call {
    long call() throws Exception;
  }

  private void perCall(String engine, Call webex4jCall, String baselineName, Call baselineCall)
      throws Exception {
    List<List<Double>> times = alternate(2, 7, repeat(webex4jCall), repeat(baselineCall));
    Stats webex4j = Stats.of(perCallMicros(times.get(0)));
    Stats plain = Stats.of(perCallMicros(times.get(1)));
    double ratio = webex4j.median() / plain.median();
    String name = "1. 2,000 sequential GET /rooms/{id}";
    results.add(
        name,
        "webex4j, " + engine + ", time per call",
        "µs",
        webex4j,
        plain.median(),
        ratio,
        "≤ 1.10x",
        ratio <= 1.10 ? "yes" : "no",
        "A/B alternated against the " + baselineName + ", 7 rounds each after 2 warm-up rounds");
    results.add(
        name, baselineName + ", time per call", "µs", plain, Double.NaN, Double.NaN, "-", "-", "");
  }

  private static Task repeat(Call call) {
    return () -> {
      long sink = 0;
      for (int i = 0; i < PER_CALL_REQUESTS; i++) {
        sink += call.call();
      }
      return sink;
    };
  }

  private static List<Double> perCallMicros(List<Double> roundSeconds) {
    return roundSeconds.stream().map(s -> s * 1e6 / PER_CALL_REQUESTS).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // 2. streaming

  private void stream() throws Exception {
    String roomId = state.getProperty("room.stream10k");
    WebexClient webex = ownerClient();
    Baseline baseline = new Baseline(emulator.baseUrl(), state.getProperty("owner.token"));
    List<Double> heapA = new ArrayList<>();
    List<Double> heapB = new ArrayList<>();
    Task a =
        () -> {
          resetPeakHeap();
          long n = countWithAutoPager(webex, roomId);
          heapA.add(peakHeapMib());
          return expect(n, STREAM_SMALL);
        };
    Task b =
        () -> {
          resetPeakHeap();
          long n = baseline.countMessages(roomId, LARGEST_MESSAGE_PAGE);
          heapB.add(peakHeapMib());
          return expect(n, STREAM_SMALL);
        };
    List<List<Double>> times = alternate(1, 7, a, b);
    Stats rateA = Stats.of(times.get(0).stream().map(s -> STREAM_SMALL / s).toList());
    Stats rateB = Stats.of(times.get(1).stream().map(s -> STREAM_SMALL / s).toList());
    String name = "2. stream 10,000 messages, max=1000";
    results.add(
        name,
        "webex4j autoPager().stream()",
        "items/s",
        rateA,
        rateB.median(),
        rateA.median() / rateB.median(),
        "-",
        "-",
        "ratio > 1 = faster than the baseline");
    results.add(
        name,
        "baseline page loop (JDK HttpClient + Jackson)",
        "items/s",
        rateB,
        Double.NaN,
        Double.NaN,
        "-",
        "-",
        "");
    results.add(
        name,
        "webex4j peak heap used",
        "MiB",
        Stats.of(heapA.subList(1, heapA.size())),
        Stats.of(heapB.subList(1, heapB.size())).median(),
        Double.NaN,
        "-",
        "-",
        "default heap; baseline column = baseline's peak");
  }

  private void streamBig() throws Exception {
    String roomId = state.getProperty("room.stream100k");
    WebexClient webex = ownerClient();
    resetPeakHeap();
    long start = System.nanoTime();
    long count = countWithAutoPager(webex, roomId);
    double seconds = (System.nanoTime() - start) / 1e9;
    double heap = peakHeapMib();
    long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    boolean ok = count == STREAM_BIG;
    String name = "2. stream 100,000 messages, max=1000";
    results.add(
        name,
        "webex4j under -Xmx64m, completed: " + (ok ? "yes" : "no (" + count + ")"),
        "items/s",
        Stats.of(List.of(count / seconds)),
        Double.NaN,
        Double.NaN,
        "completes",
        ok ? "yes" : "no",
        String.format("one run, %.1f s, peak heap %.1f MiB of %d MiB", seconds, heap, maxHeap));
  }

  private static long countWithAutoPager(WebexClient webex, String roomId) {
    long[] textLength = {0};
    long count =
        webex
            .messages()
            .list(MessageListParams.builder().roomId(roomId).pageSize(LARGEST_MESSAGE_PAGE).build())
            .autoPager()
            .stream()
            .peek(m -> textLength[0] += m.text() == null ? 0 : m.text().length())
            .count();
    return textLength[0] >= 0 ? count : -1;
  }

  private static long expect(long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + " items, got " + actual);
    }
    return actual;
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMib() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  // ---------------------------------------------------------------------------------------------
  // 3. bulk under a rate limit

  private void bulk() throws Exception {
    List<String> members = Files.readAllLines(Path.of(state.getProperty("members.file")));
    double floor = (double) members.size() / BULK_LIMIT;
    String name = "3. bulk: 1,000 membership adds, emulator limit 50 req/s";
    List<Double> walls = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean clean = true;
    for (int run = 0; run < 3; run++) {
      BulkRun r = bulkRun(members, 49.0, run);
      walls.add(r.seconds());
      notes.add(r.summary());
      clean &= r.clean();
    }
    Stats stats = Stats.of(walls);
    double ratio = stats.median() / floor;
    results.add(
        name,
        "bulk().maxConcurrency(8).requestsPerSecond(49), wall",
        "s",
        stats,
        floor,
        ratio,
        "≤ 1.05x floor, 0 failed, 0 duplicates",
        ratio <= 1.05 && clean ? "yes" : "no",
        String.join("; ", notes));
    for (double ceiling : new double[] {50.0, Double.NaN}) {
      BulkRun r = bulkRun(members, ceiling, 9);
      results.add(
          name,
          Double.isNaN(ceiling)
              ? "no ceiling (429 adaptation only), wall"
              : "requestsPerSecond(50) = the server's limit, wall",
          "s",
          Stats.of(List.of(r.seconds())),
          floor,
          r.seconds() / floor,
          "-",
          "-",
          "one run; " + r.summary());
    }
  }

  private record BulkRun(double seconds, int failed, int duplicates, int missing, int rateLimited) {
    boolean clean() {
      return failed == 0 && duplicates == 0 && missing == 0;
    }

    String summary() {
      return String.format(
          "%.2f s: %d failed, %d duplicates, %d missing, %d×429",
          seconds, failed, duplicates, missing, rateLimited);
    }
  }

  private BulkRun bulkRun(List<String> members, double ceiling, int run) throws Exception {
    WebexClient webex = ownerClient();
    String token = state.getProperty("owner.token");
    Room room = webex.rooms().create(RoomCreateParams.of("bulk " + run + " " + ceiling));
    emulator.rateLimit(token, BULK_LIMIT);
    var bulk = webex.bulk().maxConcurrency(8);
    if (!Double.isNaN(ceiling)) {
      bulk = bulk.requestsPerSecond(ceiling);
    }
    long start = System.nanoTime();
    BulkResult<String, Membership> result =
        bulk.run(
            members,
            (client, personId) ->
                client
                    .memberships()
                    .create(MembershipCreateParams.byPersonId(room.id(), personId)));
    double seconds = (System.nanoTime() - start) / 1e9;
    emulator.rateLimit(token, 0);
    Map<String, Integer> counts = new HashMap<>();
    webex
        .memberships()
        .list(MembershipListParams.builder().roomId(room.id()).pageSize(1000).build())
        .autoPager()
        .forEach(m -> counts.merge(m.personId(), 1, Integer::sum));
    int duplicates = counts.values().stream().mapToInt(c -> c - 1).sum();
    int missing = (int) members.stream().filter(id -> !counts.containsKey(id)).count();
    return new BulkRun(
        seconds, result.failures().size(), duplicates, missing, result.rateLimited());
  }

  // ---------------------------------------------------------------------------------------------

  private WebexClient ownerClient() {
    return emulator.client(
        new Emulator.Person(
            state.getProperty("owner.id"), "owner", state.getProperty("owner.token")));
  }

  private WebexClient ownerClient(HttpEngineFactory engine) {
    return WebexClient.builder()
        .accessToken(state.getProperty("owner.token"))
        .baseUrl(emulator.baseUrl())
        .environment(Map.of())
        .httpEngine(engine)
        .build();
  }

  /** A measured piece of work; returns something derived from its results so it is not dropped. */
  interface Task {
    long run() throws Exception;
  }

  /**
   * Runs A B A B ...: {@code warmup} unmeasured rounds, then {@code rounds} measured ones.
   *
   * @return seconds per round: index 0 for A, 1 for B
   */
  static List<List<Double>> alternate(int warmup, int rounds, Task a, Task b) throws Exception {
    List<Double> timesA = new ArrayList<>();
    List<Double> timesB = new ArrayList<>();
    long sink = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      long t0 = System.nanoTime();
      sink += a.run();
      long t1 = System.nanoTime();
      sink += b.run();
      long t2 = System.nanoTime();
      if (round >= warmup) {
        timesA.add((t1 - t0) / 1e9);
        timesB.add((t2 - t1) / 1e9);
      }
    }
    if (sink == Long.MIN_VALUE) {
      System.out.println(sink);
    }
    return List.of(timesA, timesB);
  }
}
