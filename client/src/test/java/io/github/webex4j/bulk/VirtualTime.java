package io.github.webex4j.bulk;

import io.github.webex4j.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Virtual time for multi-threaded tests: a {@link Sleeper} and {@link Clock} where nobody sleeps
 * for real. A sleeping thread waits until it is the earliest sleeper and every other bulk worker
 * thread ({@code webex4j-bulk-*}) is parked (waiting or sleeping), then moves the clock to its wake
 * time. Time therefore only passes when all workers are idle, as in a discrete-event simulation.
 *
 * <p>Workers that wait anywhere else than in this sleeper (a lock, a queue) count as parked as soon
 * as their thread state says so; one that was just unparked may still look parked for a moment, so
 * time could run ahead of it. The bulk code waits only here, so for it time is exact.
 */
final class VirtualTime implements Sleeper {
  static final Instant START = Instant.parse("2026-11-28T00:00:00Z");

  private final PriorityQueue<long[]> sleepers =
      new PriorityQueue<>(
          (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
  private final Set<Thread> sleeping = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Thread> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private int expectedWorkers = 1;
  private long nowNanos;
  private long sequence;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long[] entry;
    synchronized (this) {
      entry = new long[] {nowNanos + Math.max(0, duration.toNanos()), sequence++};
      sleepers.add(entry);
      sleeping.add(Thread.currentThread());
    }
    try {
      while (true) {
        synchronized (this) {
          while (sleepers.peek() != entry) {
            wait();
          }
        }
        // Re-check who is earliest after each look: a thread may have started an earlier sleep.
        if (!otherWorkersParked()) {
          Thread.onSpinWait();
          Thread.yield();
          continue;
        }
        synchronized (this) {
          if (sleepers.peek() == entry) {
            nowNanos = Math.max(nowNanos, entry[0]);
            sleepers.poll();
            sleeping.remove(Thread.currentThread());
            notifyAll();
            return;
          }
        }
      }
    } catch (InterruptedException e) {
      synchronized (this) {
        sleepers.remove(entry);
        sleeping.remove(Thread.currentThread());
        notifyAll();
      }
      throw e;
    }
  }

  /** Time passed since {@link #START}. */
  synchronized Duration elapsed() {
    return Duration.ofNanos(nowNanos);
  }

  /** The current virtual instant. */
  synchronized Instant now() {
    return START.plusNanos(nowNanos);
  }

  /** A clock reading this virtual time. */
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }

  /**
   * Makes time stand still until {@code count} workers of the running bulk run have started, so
   * that a worker started late does not find the run half done.
   */
  synchronized VirtualTime expectWorkers(int count) {
    this.expectedWorkers = count;
    return this;
  }

  /**
   * True if all expected workers of the caller's run have started and every other one is sleeping
   * here, waiting elsewhere (e.g. on a test barrier) or finished; false while any of them runs.
   */
  private synchronized boolean otherWorkersParked() {
    Thread me = Thread.currentThread();
    String name = me.getName();
    String run =
        name.startsWith("webex4j-bulk-")
            ? name.substring(0, name.lastIndexOf('-') + 1)
            : "webex4j-bulk-";
    ThreadGroup root = me.getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count = root.enumerate(threads, true);
    boolean parked = true;
    for (int i = 0; i < count; i++) {
      Thread thread = threads[i];
      if (!thread.getName().startsWith(run)) {
        continue;
      }
      seen.add(thread);
      if (thread == me || sleeping.contains(thread)) {
        continue;
      }
      Thread.State state = thread.getState();
      if (state != Thread.State.WAITING
          && state != Thread.State.TIMED_WAITING
          && state != Thread.State.TERMINATED) {
        parked = false;
      }
    }
    return parked
        && seen.stream().filter(t -> t.getName().startsWith(run)).count() >= expectedWorkers;
  }
}
