package io.github.webex4j.emulator.http;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The phase of one exchange and the deadline of its current I/O. The thread serving the exchange
 * announces each phase; {@link RequestExecutor}'s watchdog calls {@link #expire} and interrupts the
 * thread when an I/O phase outlives its deadline. The JDK server reads and writes through blocking
 * socket channels, and channel I/O by an interrupted thread closes the channel: the connection is
 * dropped and the thread freed, whether it waits for headers, a body or a client that does not read
 * its answer. Once expired, every later phase change returns false and the exchange is abandoned.
 *
 * <p>A body that stalls is answered first, while the connection can still be written: the watch
 * hands its timeout answer (a 408) to another thread, which writes it and then interrupts the
 * exchange's thread (or the watchdog does, a moment later, should the write itself stall). Stalled
 * headers and answers are cut off without one.
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

  /** How long a timeout answer may take to write before the connection is cut off anyway. */
  private static final long ANSWER_GRACE_NANOS = 1_000_000_000L;

  private final Thread thread;
  private final Mode mode;
  private final long bodyNanos;
  private Phase phase = Phase.HEADERS;
  private long deadline;
  private Runnable bodyTimeoutAnswer;
  private boolean interrupted;

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

  /**
   * The request body is being read, within the body timeout; past it {@code timeoutAnswer} writes
   * the answer (on another thread, while this one still waits for the body). False once expired.
   */
  synchronized boolean readingBody(Runnable timeoutAnswer) {
    bodyTimeoutAnswer = timeoutAnswer;
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

  /**
   * Cuts the exchange off when its I/O phase is past its deadline at {@code now} (nanoTime): a
   * stalled body with a timeout answer gets it from {@code answers}, which then interrupts the
   * thread; anything else is interrupted at once. An answer still not written after a grace period
   * is given up: the thread is interrupted, which closes the connection under it.
   *
   * @return whether the exchange expired now
   */
  synchronized boolean expire(long now, Executor answers) {
    if (phase == Phase.EXPIRED) {
      if (!interrupted && now - deadline >= 0) {
        interrupt();
      }
      return false;
    }
    boolean io = phase == Phase.HEADERS || phase == Phase.BODY || phase == Phase.WRITE;
    if (!io || now - deadline < 0) {
      return false;
    }
    Runnable answer = phase == Phase.BODY ? bodyTimeoutAnswer : null;
    phase = Phase.EXPIRED;
    if (answer == null) {
      interrupt();
      return true;
    }
    deadline = now + ANSWER_GRACE_NANOS;
    try {
      answers.execute(
          () -> {
            try {
              answer.run();
            } finally {
              interrupt();
            }
          });
    } catch (RejectedExecutionException busy) {
      interrupt();
    }
    return true;
  }

  private synchronized void interrupt() {
    if (!interrupted && phase != Phase.DONE) {
      interrupted = true;
      thread.interrupt();
    }
  }

  private boolean enter(Phase next, long timeoutNanos) {
    if (phase == Phase.EXPIRED) {
      return false;
    }
    bodyTimeoutAnswer = next == Phase.BODY ? bodyTimeoutAnswer : null;
    phase = next;
    deadline = System.nanoTime() + timeoutNanos;
    return true;
  }
}
