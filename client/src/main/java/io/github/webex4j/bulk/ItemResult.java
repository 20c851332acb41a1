package io.github.webex4j.bulk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one item of a bulk run: a value, or the exception its last attempt threw.
 *
 * @param index position of the item in the input collection (0-based)
 * @param item the input item, never null
 * @param value the call's result on success (may be null), always null on failure
 * @param error the exception of the last attempt on failure, null on success
 * @param attempts how many times the call ran (more than 1 after 429 responses; 0 if the run was
 *     interrupted before the item started)
 * @param <T> item type
 * @param <R> result type
 */
public record ItemResult<T, R>(
    int index, T item, @Nullable R value, @Nullable Exception error, int attempts) {

  /** Validates that the item is present and a failure carries no value. */
  public ItemResult {
    Objects.requireNonNull(item, "item");
    if (error != null && value != null) {
      throw new IllegalArgumentException("a failed item has no value");
    }
  }

  /** True if the call returned normally. */
  public boolean succeeded() {
    return error == null;
  }
}
