package io.github.webex4j.bench;

import io.github.webex4j.WebexClient;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code GET /rooms/{id}} against the emulator in another process, webex4j vs the baseline; run
 * with {@code -prof gc} for allocations per call. Needs {@code -Dbench.origin} and {@code
 * -Dbench.admin}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  private WebexClient webex;
  private Baseline baseline;
  private String roomId;

  @Setup
  public void setup() throws Exception {
    Emulator emulator =
        new Emulator(System.getProperty("bench.origin"), System.getProperty("bench.admin"));
    Emulator.Person person = emulator.createPerson("jmh" + System.nanoTime() + "@bench.example");
    webex = emulator.client(person);
    baseline = new Baseline(emulator.baseUrl(), person.token());
    roomId = webex.rooms().create(RoomCreateParams.of("jmh per-call")).id();
  }

  @Benchmark
  public Room webex4j() {
    return webex.rooms().get(roomId);
  }

  @Benchmark
  public Baseline.BaselineRoom baseline() throws Exception {
    return baseline.room(roomId);
  }
}
