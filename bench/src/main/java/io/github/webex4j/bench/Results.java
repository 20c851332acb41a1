package io.github.webex4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Appends result rows to a tab-separated file that {@link Report} turns into the README table.
 * Columns: workload, metric, unit, median, min, max, baseline, ratio, target, met, note.
 */
final class Results {
  private final Path file;

  Results(Path file) {
    this.file = file;
  }

  /**
   * One row. {@code baseline} and {@code ratio} may be NaN (not applicable); {@code met} is "yes",
   * "no" or "-" (no target).
   */
  void add(
      String workload,
      String metric,
      String unit,
      Stats stats,
      double baseline,
      double ratio,
      String target,
      String met,
      String note) {
    String line =
        String.join(
                "\t",
                workload,
                metric,
                unit,
                num(stats.median()),
                num(stats.min()),
                num(stats.max()),
                num(baseline),
                ratio(ratio),
                target,
                met,
                note.replace('\t', ' ').replace('\n', ' '))
            + "\n";
    try {
      Files.writeString(
          file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print("RESULT " + line);
  }

  static String num(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3fx", value);
  }
}
