package io.github.webex4j.emulator.http;

/**
 * The phase of one exchange and the deadline of its current I/O. The thread serving the exchange
 * announces each phase; {@link RequestExecutor}'s watchdog calls {@link #expire} and interrupts the
 * thread when an I/O phase outlives its deadline. The JDK server reads and writes through blocking
 * socket channels, and channel I/O by an interrupted thread closes the channel: the connection is
 * dropped and the thread freed, whether it waits for headers, a body or a client that does not read
 * its answer. Once expired, every later phase change returns false and the exchange is abandoned.
 */
final class Watch {
  private enum Phase {
    HEADERS,
    BODY,
    WORK,
    WRITE,
    DONE,
    EXPIRED
  }

  /** What the thread does with the exchange once its headers are read. */
  enum Mode {
    /** Serve it. */
    SERVE,
    /** Answer 503 with Retry-After at once: every request thread is taken. */
    REFUSE,
    /** Close it unread: even the refusing threads are taken. */
    CLOSE
  }

  private final Thread thread;
  private final Mode mode;
  private final long bodyNanos;
  private Phase phase = Phase.HEADERS;
  private long deadline;

  Watch(Thread thread, Mode mode, long headerNanos, long bodyNanos) {
    this.thread = thread;
    this.mode = mode;
    this.bodyNanos = bodyNanos;
    this.deadline = System.nanoTime() + headerNanos;
  }

  Mode mode() {
    return mode;
  }

  /** The headers are read; the request is being handled (no deadline). False once expired. */
  synchronized boolean working() {
    return enter(Phase.WORK, 0);
  }

  /** The request body is being read, within the body timeout. False once expired. */
  synchronized boolean readingBody() {
    return enter(Phase.BODY, bodyNanos);
  }

  /** The answer is being written, within the body timeout. False once expired. */
  synchronized boolean writing() {
    return enter(Phase.WRITE, bodyNanos);
  }

  /** The exchange is over; the watchdog leaves the thread alone from now on. */
  synchronized void done() {
    phase = Phase.DONE;
  }

  /** Whether the watchdog cut this exchange off. */
  synchronized boolean expired() {
    return phase == Phase.EXPIRED;
  }

  /** Interrupts the thread when its I/O phase is past its deadline at {@code now} (nanoTime). */
  synchronized boolean expire(long now) {
    boolean io = phase == Phase.HEADERS || phase == Phase.BODY || phase == Phase.WRITE;
    if (!io || now - deadline < 0) {
      return false;
    }
    phase = Phase.EXPIRED;
    thread.interrupt();
    return true;
  }

  private boolean enter(Phase next, long timeoutNanos) {
    if (phase == Phase.EXPIRED) {
      return false;
    }
    phase = next;
    deadline = System.nanoTime() + timeoutNanos;
    return true;
  }
}
