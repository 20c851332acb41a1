package io.github.webex4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the results table and the machine description into {@code bench/README.md}, between the
 * {@code <!-- results:begin/end -->} and {@code <!-- machine:begin/end -->} markers. Usage: {@code
 * Report results.tsv jmh.json machine.txt README.md}; a missing JMH file is skipped.
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws IOException {
    Path tsv = Path.of(args[0]);
    Path jmh = Path.of(args[1]);
    Path machine = Path.of(args[2]);
    Path readme = Path.of(args[3]);
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(line.split("\t", -1));
      }
    }
    if (Files.exists(jmh)) {
      rows.addAll(jmhRows(new ObjectMapper().readTree(jmh.toFile())));
    }
    rows.sort((a, b) -> a[0].substring(0, 2).compareTo(b[0].substring(0, 2)));
    StringBuilder table = new StringBuilder();
    table.append(
        "| Workload | Metric | Unit | Median | Min–max | Baseline | Ratio | Target | Met | Notes |\n");
    table.append("|---|---|---|---:|---:|---:|---:|---|---|---|\n");
    String previous = "";
    for (String[] r : rows) {
      String workload = r[0].equals(previous) ? "" : r[0];
      previous = r[0];
      table.append(
          String.format(
              "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
              workload,
              r[1],
              r[2],
              r[3],
              r[4].equals("-") ? "-" : r[4] + "–" + r[5],
              r[6],
              r[7],
              r[8],
              r[9],
              r[10].replace("|", "\\|")));
    }
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    text = replace(text, "results", table.toString());
    text =
        replace(
            text,
            "machine",
            "```\n" + Files.readString(machine, StandardCharsets.UTF_8).strip() + "\n```\n");
    Files.writeString(readme, text, StandardCharsets.UTF_8);
  }

  private static String replace(String text, String marker, String content) {
    String begin = "<!-- " + marker + ":begin -->";
    String end = "<!-- " + marker + ":end -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException("README lacks the " + marker + " markers");
    }
    return text.substring(0, from + begin.length()) + "\n" + content + text.substring(to);
  }

  /** Rows for the JMH results: time per op, and allocations per op where measured. */
  private static List<String[]> jmhRows(JsonNode results) {
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      byName.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), result);
    }
    List<String[]> rows = new ArrayList<>();
    JsonNode webex = byName.get("PerCallBenchmark.webex4j");
    JsonNode base = byName.get("PerCallBenchmark.baseline");
    if (webex != null && base != null) {
      String name = "1. 2,000 sequential GET /rooms/{id}";
      double a = alloc(webex);
      double b = alloc(base);
      rows.add(
          row(
              name,
              "webex4j, allocations per call (JMH -prof gc)",
              "B/op",
              a,
              a,
              a,
              b,
              a / b,
              "-",
              "-",
              "baseline column = baseline's B/op"));
    }
    String hot = "6. JMH hot paths";
    addPair(
        rows,
        hot,
        "decode a 100-message page: webex4j Json.readItems",
        byName.get("HotPathBenchmarks.decodePage100Webex4j"),
        byName.get("HotPathBenchmarks.decodePage100PlainJackson"),
        "baseline = plain Jackson into an equivalent record");
    addPair(
        rows,
        hot,
        "Link header: next of one link",
        byName.get("HotPathBenchmarks.linkNext"),
        null,
        "");
    addPair(
        rows,
        hot,
        "Link header: next among two links",
        byName.get("HotPathBenchmarks.linkNextAmongTwo"),
        null,
        "");
    addPair(
        rows,
        hot,
        "multipart body, 3 fields + 64 KiB file, built and drained",
        byName.get("MultipartBenchmark.buildAndDrain64KiB"),
        null,
        "");
    return rows;
  }

  private static void addPair(
      List<String[]> rows, String name, String metric, JsonNode a, JsonNode b, String note) {
    if (a == null) {
      return;
    }
    String[] r = timeRow(name, metric, a, b);
    double alloc = alloc(a);
    r[10] =
        (note.isEmpty() ? "" : note + "; ")
            + (Double.isNaN(alloc) ? "" : Results.num(alloc) + " B/op");
    rows.add(r);
  }

  private static String[] timeRow(String name, String metric, JsonNode a, JsonNode b) {
    JsonNode metricA = a.path("primaryMetric");
    double score = metricA.path("score").asDouble();
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (JsonNode fork : metricA.path("rawData")) {
      for (JsonNode value : fork) {
        min = Math.min(min, value.asDouble());
        max = Math.max(max, value.asDouble());
      }
    }
    double baseline = b == null ? Double.NaN : b.path("primaryMetric").path("score").asDouble();
    return row(
        name,
        metric,
        metricA.path("scoreUnit").asText(),
        score,
        min,
        max,
        baseline,
        score / baseline,
        "-",
        "-",
        "mean of iterations; min–max over iterations");
  }

  private static double alloc(JsonNode result) {
    JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
    return norm.isMissingNode() ? Double.NaN : norm.path("score").asDouble();
  }

  private static String[] row(
      String workload,
      String metric,
      String unit,
      double median,
      double min,
      double max,
      double baseline,
      double ratio,
      String target,
      String met,
      String note) {
    return new String[] {
      workload,
      metric,
      unit,
      Results.num(median),
      Results.num(min),
      Results.num(max),
      Results.num(baseline),
      Results.ratio(ratio),
      target,
      met,
      note
    };
  }
}
