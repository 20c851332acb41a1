package io.github.webex4j.internal;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Building a multipart body (three text fields and a 64 KiB file) and reading it to the end, as the
 * HTTP client does when sending. Lives in the client's internal package to reach {@code Multipart}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultipartBenchmark {
  private Path file;
  private final Map<String, String> fields = new LinkedHashMap<>();

  @Setup
  public void setup() throws IOException {
    file = Files.createTempFile("webex4j-bench", ".log");
    Files.write(file, new byte[64 * 1024]);
    fields.put(
        "roomId", "Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0");
    fields.put("markdown", "Build **42** failed: see the attached log");
    fields.put("parentId", "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvOTJkYjNiZTAtNDNiZC0xMWU2");
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public long buildAndDrain64KiB() {
    Multipart multipart = new Multipart();
    BodyPublisher publisher =
        multipart.publisher(fields, new FilePart("files", file, "build.log", "text/plain"));
    Drain drain = new Drain();
    publisher.subscribe(drain);
    return drain.bytes.join() + multipart.contentType().length();
  }

  /** Requests everything and counts the bytes. */
  private static final class Drain implements Flow.Subscriber<ByteBuffer> {
    final CompletableFuture<Long> bytes = new CompletableFuture<>();
    private long count;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer item) {
      count += item.remaining();
    }

    @Override
    public void onError(Throwable throwable) {
      bytes.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      bytes.complete(count);
    }
  }
}
