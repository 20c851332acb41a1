package io.github.webex4j.cli;

import io.github.webex4j.bulk.BulkProgress;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Shows the progress of a bulk run on stderr: on a terminal a bar redrawn in place (only when the
 * percentage changes), otherwise one plain line per tenth of the items, so CI logs stay short.
 * Called by the bulk run one item at a time.
 */
public final class BulkProgressPrinter implements Consumer<BulkProgress> {
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final String verb;
  private int lastShown = -1;

  /**
   * @param err where progress goes
   * @param terminal draw a bar (true) or print periodic lines (false)
   * @param verb what is done to each item, e.g. {@code "added"}
   */
  public BulkProgressPrinter(PrintWriter err, boolean terminal, String verb) {
    this.err = err;
    this.terminal = terminal;
    this.verb = verb;
  }

  @Override
  public void accept(BulkProgress progress) {
    int percent = (int) Math.floor(progress.fraction() * 100);
    int step = terminal ? percent : percent / 10;
    if (step == lastShown) {
      return;
    }
    lastShown = step;
    String counts =
        progress.completed()
            + "/"
            + progress.total()
            + " "
            + verb
            + (progress.failed() > 0 ? ", " + progress.failed() + " failed" : "")
            + (progress.rateLimited() > 0 ? ", " + progress.rateLimited() + " rate-limited" : "");
    if (terminal) {
      int filled = percent * BAR_WIDTH / 100;
      err.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(BAR_WIDTH - filled)
              + "] "
              + percent
              + "% "
              + counts);
      if (progress.completed() == progress.total()) {
        err.println();
      }
    } else {
      err.println(percent + "% " + counts);
    }
    err.flush();
  }
}
