package io.github.webex4j.emulator.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of the JDK server. The JDK dispatcher thread hands it each request as soon as the
 * request's first byte arrives; the request's headers, body and answer are then read and written by
 * the thread that runs it. So:
 *
 * <ul>
 *   <li>requests run on a fixed pool of request threads with a bounded queue: a request is admitted
 *       while fewer than threads plus queue places are taken (a permit, returned by {@link
 *       #answerWritten} just before the answer's last write: from then on the JDK may hand the
 *       connection's next request to this executor, and a keep-alive client's next request must not
 *       find the permit still held by the thread finishing its previous one);
 *   <li>when both are full, one of two refusing threads reads the headers and answers 503 with
 *       {@code Retry-After} (no body is read);
 *   <li>when those are taken too, the connection is closed unread, at once: the JDK's exchange runs
 *       on the calling thread with its interrupt flag set, so its first socket read closes the
 *       channel. Nothing is read, handled or written on the dispatcher thread;
 *   <li>a watchdog cuts off every exchange whose headers, body or answer outlive {@link
 *       ServerLimits} ({@link Watch}); a stalled body is first answered 408 by one of two answering
 *       threads.
 * </ul>
 */
final class RequestExecutor implements Executor, AutoCloseable {
  private static final int REFUSING_THREADS = 2;
  private static final int ANSWERING_THREADS = 2;
  private static final ThreadLocal<Watch> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Permit> PERMIT = new ThreadLocal<>();

  private final ThreadPoolExecutor workers;
  private final Semaphore admitted;
  private final ThreadPoolExecutor refusers;
  private final ThreadPoolExecutor answerers;
  private final ScheduledExecutorService watchdog;
  private final Set<Watch> active = ConcurrentHashMap.newKeySet();
  private final AtomicInteger serving = new AtomicInteger();
  private final AtomicInteger refusing = new AtomicInteger();
  private final long headerNanos;
  private final long bodyNanos;

  RequestExecutor(int threads, ServerLimits limits) {
    this.headerNanos = limits.headerTimeout().toNanos();
    this.bodyNanos = limits.bodyTimeout().toNanos();
    this.workers = pool(threads, new LinkedBlockingQueue<>(), "webex-emulator-http-");
    this.admitted = new Semaphore(threads + limits.queue());
    this.refusers = pool(REFUSING_THREADS, new SynchronousQueue<>(), "webex-emulator-busy-");
    this.answerers =
        pool(ANSWERING_THREADS, new LinkedBlockingQueue<>(64), "webex-emulator-timeout-");
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "webex-emulator-watchdog"));
    long tick =
        Math.max(
            5,
            Math.min(
                250,
                Math.min(limits.headerTimeout().toMillis(), limits.bodyTimeout().toMillis()) / 8));
    watchdog.scheduleWithFixedDelay(this::expireOverdue, tick, tick, TimeUnit.MILLISECONDS);
  }

  private static ThreadPoolExecutor pool(
      int threads, java.util.concurrent.BlockingQueue<Runnable> queue, String prefix) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            queue,
            r -> daemon(r, prefix + count.incrementAndGet()),
            new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * The watch of the exchange the calling thread serves; it is never null on a thread of this
   * executor.
   */
  static Watch current() {
    return CURRENT.get();
  }

  /**
   * Returns the admission permit of the exchange the calling thread serves (once; a no-op on a
   * refusing thread): called just before the write that completes its answer, after which the
   * thread only closes the exchange.
   */
  static void answerWritten() {
    Permit permit = PERMIT.get();
    if (permit != null) {
      permit.release();
    }
  }

  /** Admission places (request threads plus queue places) free now. */
  int freePermits() {
    return admitted.availablePermits();
  }

  /**
   * Request threads busy with an exchange now: 0 again once its thread is done with it (its
   * connection answered, closed or handed back to the JDK). Counted here, not with {@link
   * ThreadPoolExecutor#getActiveCount}, which counts a thread just started as active before it
   * takes its task and then, for a moment, as idle while it runs it.
   */
  int busyThreads() {
    return serving.get();
  }

  /** Refusing threads busy with an exchange now (counted like {@link #busyThreads}). */
  int refusingThreads() {
    return refusing.get();
  }

  @Override
  public void execute(Runnable exchange) {
    if (admitted.tryAcquire()) {
      try {
        workers.execute(
            () -> {
              serving.incrementAndGet();
              Permit permit = new Permit(admitted);
              PERMIT.set(permit);
              try {
                run(exchange, Watch.Mode.SERVE);
              } finally {
                PERMIT.remove();
                permit.release();
                serving.decrementAndGet();
              }
            });
        return;
      } catch (RejectedExecutionException shutDown) {
        admitted.release();
      }
    }
    // every request thread is taken and the queue is full
    try {
      refusers.execute(
          () -> {
            refusing.incrementAndGet();
            try {
              run(exchange, Watch.Mode.REFUSE);
            } finally {
              refusing.decrementAndGet();
            }
          });
      return;
    } catch (RejectedExecutionException full) {
      // the refusing threads are taken too
    }
    closeUnread(exchange);
  }

  private void run(Runnable exchange, Watch.Mode mode) {
    Watch watch = new Watch(Thread.currentThread(), mode, headerNanos, bodyNanos);
    active.add(watch);
    CURRENT.set(watch);
    try {
      exchange.run();
    } finally {
      watch.done();
      active.remove(watch);
      CURRENT.remove();
      Thread.interrupted();
    }
  }

  /**
   * Runs the JDK's exchange with the interrupt flag set: its first socket read closes the channel
   * and the JDK drops the connection. If the request's headers were already buffered, the handler
   * sees {@link Watch.Mode#CLOSE} and closes the exchange without reading it.
   */
  private static void closeUnread(Runnable exchange) {
    CURRENT.set(new Watch(Thread.currentThread(), Watch.Mode.CLOSE, 0, 0));
    Thread.currentThread().interrupt();
    try {
      exchange.run();
    } finally {
      Thread.interrupted();
      CURRENT.remove();
    }
  }

  private void expireOverdue() {
    long now = System.nanoTime();
    for (Watch watch : active) {
      watch.expire(now, answerers);
    }
  }

  /** One exchange's admission permit, returned at most once, by the thread serving it. */
  private static final class Permit {
    private final Semaphore permits;
    private boolean held = true;

    Permit(Semaphore permits) {
      this.permits = permits;
    }

    void release() {
      if (held) {
        held = false;
        permits.release();
      }
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    workers.shutdownNow();
    refusers.shutdownNow();
    answerers.shutdownNow();
  }
}
