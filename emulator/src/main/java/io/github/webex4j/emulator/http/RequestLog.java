package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.RecordedRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent requests (bounded). Thread-safe. */
public final class RequestLog {
  private final int capacity;
  private final Deque<RecordedRequest> entries = new ArrayDeque<>();

  /** Keeps at most {@code capacity} requests, dropping the oldest. */
  public RequestLog(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(RecordedRequest request) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(request);
  }

  /** Recorded requests, oldest first. */
  public synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(entries);
  }

  /** Forgets every recorded request. */
  public synchronized void clear() {
    entries.clear();
  }
}
