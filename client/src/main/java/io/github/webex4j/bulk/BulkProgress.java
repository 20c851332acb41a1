package io.github.webex4j.bulk;

import java.time.Duration;

/**
 * A snapshot of a bulk run, passed to the progress listener each time an item finishes.
 *
 * @param total number of items in the run
 * @param completed items finished so far ({@code succeeded + failed})
 * @param succeeded items whose call returned normally
 * @param failed items whose call threw (after any 429 retries)
 * @param rateLimited 429 responses seen so far (each one paused the whole run)
 * @param elapsed time since the run started, by the client's clock
 */
public record BulkProgress(
    int total, int completed, int succeeded, int failed, int rateLimited, Duration elapsed) {

  /** Fraction of items finished, from 0.0 to 1.0 (1.0 for an empty run). */
  public double fraction() {
    return total == 0 ? 1.0 : (double) completed / total;
  }
}
