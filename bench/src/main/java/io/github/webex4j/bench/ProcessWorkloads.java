package io.github.webex4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workloads that time other processes: the CLI's cold start against its floor, and the emulator's
 * throughput under wrk. Usage: {@code ProcessWorkloads <cli|wrk> <origin> <repoRoot> <stateFile>
 * <resultsFile>}.
 */
public final class ProcessWorkloads {
  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\n\\s*99%\\s+([0-9.]+)(us|ms|s)");

  private final String origin;
  private final Path root;
  private final Properties state;
  private final Results results;
  private final Path work;

  private ProcessWorkloads(String origin, Path root, Properties state, Results results, Path work) {
    this.origin = origin;
    this.root = root;
    this.state = state;
    this.results = results;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: ProcessWorkloads <cli|wrk> origin repoRoot state results");
      System.exit(1);
    }
    Properties state = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(args[3]))) {
      state.load(in);
    }
    Path work = Files.createTempDirectory("webex4j-bench");
    ProcessWorkloads workloads =
        new ProcessWorkloads(args[1], Path.of(args[2]), state, new Results(Path.of(args[4])), work);
    switch (args[0]) {
      case "cli" -> workloads.cli();
      case "wrk" -> workloads.wrk();
      default -> throw new IllegalArgumentException("unknown workload " + args[0]);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 4. CLI cold start

  /**
   * The CLI's start against its floor, alternated in one run: a one-class {@link FloorPost} sending
   * the same message, a real {@code ./webex messages send} and {@code ./webex notify} (start-up
   * archives recorded by their first real run after {@code --help} ran first, as on a fresh clone),
   * and both through {@code java -jar}, as the README's CI recipes run them (their archives are
   * recorded the same way, in a cache directory of this run), plus {@code java -jar}'s first run on
   * a machine, which records its archive (a fresh cache directory each time).
   */
  private void cli() throws Exception {
    String webex = root.resolve("webex").toString();
    String jar = root.resolve("cli/target/webex.jar").toString();
    String room = state.getProperty("room.cli");
    String token = state.getProperty("owner.token");
    Map<String, String> env =
        Map.of(
            "WEBEX_API_TOKEN",
            token,
            "WEBEX_BASE_URL",
            origin + "/v1",
            "XDG_CACHE_HOME",
            work.resolve("cache").toString());
    List<String> send =
        List.of("messages", "send", "--room", room, "--markdown", "Deploy **done**");
    List<String> notify =
        List.of(
            "notify",
            "--no-ci-env",
            "--room",
            room,
            "--status",
            "success",
            "--title",
            "Build 42",
            "--summary",
            "All 1234 tests passed");
    List<String> floor =
        List.of(java(), "-cp", floorClasses().toString(), FloorPost.class.getName(), room);

    deleteTree(root.resolve("cli/target/cds"));
    deleteTree(work.resolve("cache"));
    freshArchivesAfterHelp(List.of(webex), env, send, notify);
    freshArchivesAfterHelp(List.of(java(), "-jar", jar), env, send, notify);
    Map<String, List<String>> variants = new LinkedHashMap<>();
    variants.put(FLOOR, floor);
    variants.put("./webex messages send", concat(List.of(webex), send));
    variants.put("./webex notify", concat(List.of(webex), notify));
    variants.put("java -jar webex.jar messages send", concat(List.of(java(), "-jar", jar), send));
    variants.put("java -jar webex.jar notify", concat(List.of(java(), "-jar", jar), notify));
    variants.put(FIRST_RUN, concat(List.of(java(), "-jar", jar), send));
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    for (int round = 0; round < 11; round++) {
      for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
        Map<String, String> runEnv = env;
        if (variant.getKey().equals(FIRST_RUN)) {
          runEnv = new HashMap<>(env);
          runEnv.put("XDG_CACHE_HOME", work.resolve("first-run-" + round).toString());
        }
        double millis = time(variant.getValue(), runEnv);
        if (round > 0) { // round 0 warms the page cache
          samples.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(millis);
        }
      }
    }
    double floorMedian = Stats.of(samples.get(FLOOR)).median();
    String name = "4. CLI cold start (wall, alternated)";
    for (Map.Entry<String, List<Double>> entry : samples.entrySet()) {
      Stats stats = Stats.of(entry.getValue());
      boolean isFloor = entry.getKey().equals(FLOOR);
      boolean untargeted = isFloor || entry.getKey().equals(FIRST_RUN);
      double ratio = stats.median() / floorMedian;
      double target = entry.getKey().startsWith("java -jar") ? 3.0 : 2.0;
      results.add(
          name,
          entry.getKey(),
          "ms",
          stats,
          isFloor ? Double.NaN : floorMedian,
          isFloor ? Double.NaN : ratio,
          untargeted ? "-" : String.format(Locale.ROOT, "≤ %.1fx", target),
          untargeted ? "-" : (ratio <= target ? "yes" : "no"),
          isFloor
              ? "one class on HttpURLConnection, no JSON library: the JVM's floor"
              : untargeted
                  ? "no archive yet: records one (once per machine, jar and JDK); 10 runs"
                  : "baseline column = the floor; 10 alternated runs");
    }
  }

  private static final String FLOOR = "floor: one-class HttpURLConnection POST";
  private static final String FIRST_RUN = "java -jar webex.jar messages send, first run";

  /**
   * As on a fresh clone, with no start-up archives left: {@code --help} first, then one real run of
   * each command (which records its archive), for {@code webex} (the script or {@code java -jar}).
   */
  private void freshArchivesAfterHelp(
      List<String> webex, Map<String, String> env, List<String> send, List<String> notify)
      throws IOException, InterruptedException {
    for (List<String> command : List.of(send, notify)) {
      time(concat(webex, command.subList(0, 1), List.of("--help")), env);
      time(concat(webex, command), env);
    }
  }

  private static void deleteTree(Path tree) throws IOException {
    if (Files.exists(tree)) {
      try (var paths = Files.walk(tree)) {
        for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
  }

  /** A directory holding only {@link FloorPost}'s class file, copied out of the bench jar. */
  private Path floorClasses() throws IOException {
    String file = FloorPost.class.getName().replace('.', '/') + ".class";
    Path target = work.resolve("floor").resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = FloorPost.class.getClassLoader().getResourceAsStream(file)) {
      Files.copy(in, target);
    }
    return work.resolve("floor");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  /** Wall milliseconds of one run of {@code command}; fails on a non-zero exit. */
  private double time(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("WEBEX_CDS");
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    int exit = process.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    String text = new String(output, StandardCharsets.UTF_8);
    if (exit != 0) {
      throw new IOException(
          String.join(" ", command.subList(0, 2)) + " exit " + exit + ": " + text);
    }
    return millis;
  }

  // ---------------------------------------------------------------------------------------------
  // 5. emulator throughput

  private void wrk() throws Exception {
    String token = state.getProperty("owner.token");
    Path post = work.resolve("post.lua");
    Files.writeString(
        post,
        "wrk.method = \"POST\"\n"
            + "wrk.body = '{\"roomId\":\""
            + state.getProperty("room.wrk")
            + "\",\"text\":\"load test\"}'\n"
            + "wrk.headers[\"Content-Type\"] = \"application/json\"\n");
    String name = "5. emulator throughput (wrk, loopback)";
    for (String endpoint : List.of("GET /v1/people/me", "POST /v1/messages")) {
      boolean get = endpoint.startsWith("GET");
      for (int connections : new int[] {1, 8, 64}) {
        List<String> command = new ArrayList<>();
        command.addAll(
            List.of(
                "wrk",
                "-t",
                String.valueOf(Math.min(2, connections)),
                "-c",
                String.valueOf(connections),
                "-d",
                "4s",
                "--latency",
                "-H",
                "Authorization: Bearer " + token));
        if (!get) {
          command.addAll(List.of("-s", post.toString()));
        }
        command.add(origin + (get ? "/v1/people/me" : "/v1/messages"));
        List<Double> rates = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        boolean non2xx = false;
        for (int run = 0; run < 2; run++) {
          String output = run(command);
          rates.add(parse(RPS, output, "Requests/sec"));
          p99s.add(p99Millis(output));
          non2xx |= output.contains("Non-2xx");
        }
        Stats stats = Stats.of(rates);
        double rps = stats.median();
        boolean targeted = get && connections > 1;
        results.add(
            name,
            endpoint + ", " + connections + " connection" + (connections > 1 ? "s" : ""),
            "req/s",
            stats,
            Double.NaN,
            Double.NaN,
            targeted ? "≥ 10,000/s" : "-",
            targeted ? (rps >= 10_000 ? "yes" : "no") : "-",
            String.format(
                    Locale.ROOT,
                    "p99 %.1f–%.1f ms; 2 runs of 4 s",
                    Stats.of(p99s).min(),
                    Stats.of(p99s).max())
                + (non2xx ? "; NON-2xx responses!" : ""));
      }
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("wrk failed: " + output);
    }
    System.out.println(output);
    return output;
  }

  private static double parse(Pattern pattern, String text, String what) throws IOException {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IOException("no " + what + " in wrk output");
    }
    return Double.parseDouble(matcher.group(1));
  }

  private static double p99Millis(String text) throws IOException {
    Matcher matcher = P99.matcher(text);
    if (!matcher.find()) {
      throw new IOException("no 99% latency in wrk output");
    }
    double value = Double.parseDouble(matcher.group(1));
    return switch (matcher.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
