package io.github.webex4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workloads that time other processes: the CLI's cold start against curl, and the emulator's
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

  private void cli() throws Exception {
    String webex = root.resolve("webex").toString();
    String room = state.getProperty("room.cli");
    String token = state.getProperty("owner.token");
    String base = origin + "/v1";
    List<String> notify =
        List.of(
            webex,
            "notify",
            "--dry-run",
            "--no-ci-env",
            "--room",
            room,
            "--status",
            "success",
            "--title",
            "Build 42",
            "--summary",
            "All 1234 tests passed");
    List<String> send =
        List.of(webex, "messages", "send", "--room", room, "--markdown", "Deploy **done**");
    String json = "{\"roomId\":\"" + room + "\",\"markdown\":\"Deploy **done**\"}";
    List<String> curl =
        List.of(
            "curl",
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-X",
            "POST",
            "-H",
            "Authorization: Bearer " + token,
            "-H",
            "Content-Type: application/json",
            "-d",
            json,
            base + "/messages");
    Map<String, String> cds = Map.of("WEBEX_API_TOKEN", token, "WEBEX_BASE_URL", base);
    Map<String, String> noCds =
        Map.of("WEBEX_API_TOKEN", token, "WEBEX_BASE_URL", base, "WEBEX_CDS", "0");
    // Record the CDS archive once (the first run after a build writes it).
    time(notify, cds);
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    Map<String, Runnable> variants = new LinkedHashMap<>();
    variants.put(
        "notify --dry-run, CDS", () -> sample(samples, "notify --dry-run, CDS", notify, cds));
    variants.put(
        "notify --dry-run, no CDS",
        () -> sample(samples, "notify --dry-run, no CDS", notify, noCds));
    variants.put("messages send, CDS", () -> sample(samples, "messages send, CDS", send, cds));
    variants.put(
        "messages send, no CDS", () -> sample(samples, "messages send, no CDS", send, noCds));
    variants.put("curl POST /messages", () -> sample(samples, "curl POST /messages", curl, cds));
    for (int round = 0; round < 6; round++) {
      for (Runnable variant : variants.values()) {
        variant.run();
      }
      if (round == 0) {
        samples.clear(); // warm-up round: page cache, JIT of nothing, DNS of nothing
      }
    }
    double curlMedian = Stats.of(samples.get("curl POST /messages")).median();
    String name = "4. CLI cold start (wall, ./webex)";
    for (Map.Entry<String, List<Double>> entry : samples.entrySet()) {
      Stats stats = Stats.of(entry.getValue());
      boolean isCurl = entry.getKey().startsWith("curl");
      boolean targeted = entry.getKey().equals("messages send, CDS");
      results.add(
          name,
          entry.getKey(),
          "ms",
          stats,
          isCurl ? Double.NaN : curlMedian,
          isCurl ? Double.NaN : stats.median() / curlMedian,
          targeted ? "≤ 300 ms" : "-",
          targeted ? (stats.median() <= 300 ? "yes" : "no") : "-",
          isCurl ? "the practical lower bound" : "baseline column = curl");
    }
  }

  private void sample(
      Map<String, List<Double>> samples,
      String name,
      List<String> command,
      Map<String, String> env) {
    try {
      samples.computeIfAbsent(name, k -> new ArrayList<>()).add(time(command, env));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(name + " failed", e);
    }
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
    if (exit != 0 || (command.get(0).equals("curl") && !text.startsWith("200"))) {
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
