package io.github.webex4j.emulator.contract;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** A local JDK HttpServer that records webhook POSTs and answers a configurable status. */
final class Receiver implements AutoCloseable {
  /** One received POST. */
  record Hit(String body, String signature, String contentType) {}

  private final HttpServer server;
  private final List<Hit> hits = new ArrayList<>();
  private volatile IntSupplier status = () -> 200;

  Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          int code = status.getAsInt();
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
          synchronized (hits) {
            hits.add(
                new Hit(
                    new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Spark-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            hits.notifyAll();
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void answer(IntSupplier status) {
    this.status = status;
  }

  /** Waits for at least {@code n} hits (or the timeout) and returns them all. */
  List<Hit> await(int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (hits) {
      while (hits.size() < n) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          break;
        }
        hits.wait(left);
      }
      return List.copyOf(hits);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
