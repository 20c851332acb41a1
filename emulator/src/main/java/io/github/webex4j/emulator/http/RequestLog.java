package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.RecordedRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The most recent requests, bounded by count and by (estimated) memory: the oldest are dropped and
 * counted. Each request gets a sequence number (1, 2, ...) that pages of the log resume from.
 * Thread-safe.
 */
public final class RequestLog {
  /** A recorded request, its sequence number and its estimated size in memory. */
  public record Entry(long sequence, RecordedRequest request, long bytes) {}

  /** Entries after a sequence number, oldest first, and whether more follow. */
  public record Page(List<Entry> entries, boolean more) {}

  private static final int STRING_OVERHEAD = 48;
  private final int maxEntries;
  private final long maxBytes;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long bytes;
  private long next = 1;
  private long dropped;

  /**
   * Keeps at most {@code maxEntries} requests taking at most {@code maxBytes} (estimated), dropping
   * the oldest; the latest request is always kept.
   */
  public RequestLog(int maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("maxEntries and maxBytes must be positive");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  synchronized void add(RecordedRequest request) {
    Entry entry = new Entry(next++, request, sizeOf(request));
    entries.addLast(entry);
    bytes += entry.bytes();
    while (entries.size() > maxEntries || (bytes > maxBytes && entries.size() > 1)) {
      bytes -= entries.removeFirst().bytes();
      dropped++;
    }
  }

  /** Recorded requests, oldest first. */
  public synchronized List<RecordedRequest> snapshot() {
    return entries.stream().map(Entry::request).toList();
  }

  /** Up to {@code max} entries with a sequence number above {@code after}, oldest first. */
  public synchronized Page page(long after, int max) {
    List<Entry> page = new ArrayList<>(Math.min(max, entries.size()));
    for (Entry entry : entries) {
      if (entry.sequence() <= after) {
        continue;
      }
      if (page.size() == max) {
        return new Page(page, true);
      }
      page.add(entry);
    }
    return new Page(page, false);
  }

  /** Requests dropped to stay within the bounds since the log was created or cleared. */
  public synchronized long dropped() {
    return dropped;
  }

  /** Forgets every recorded request and the dropped count; sequence numbers keep increasing. */
  public synchronized void clear() {
    entries.clear();
    bytes = 0;
    dropped = 0;
  }

  /** A rough size in memory: two bytes a character plus a fixed cost per string. */
  private static long sizeOf(RecordedRequest r) {
    long size = 128 + chars(r.method()) + chars(r.path()) + chars(r.query()) + chars(r.body());
    size += chars(r.personId());
    for (Map.Entry<String, List<String>> header : r.headers().entrySet()) {
      size += chars(header.getKey());
      for (String value : header.getValue()) {
        size += chars(value);
      }
    }
    return size;
  }

  private static long chars(String s) {
    return s == null ? 0 : STRING_OVERHEAD + 2L * s.length();
  }
}
