package io.github.webex4j.internal;

import io.github.webex4j.http.RequestBody;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Building a multipart body (three text fields and a 64 KiB file) and writing it to the end, as an
 * engine does when sending. Lives in the client's internal package to reach {@code Multipart}.
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
  public long buildAndWrite64KiB() throws IOException {
    RequestBody body =
        new Multipart().body(fields, new FilePart("files", file, "build.log", "text/plain"));
    Counter counter = new Counter();
    body.writeTo(counter);
    return counter.count + body.contentType().length();
  }

  /** Counts the bytes written. */
  private static final class Counter extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
