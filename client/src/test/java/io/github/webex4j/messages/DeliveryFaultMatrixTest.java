package io.github.webex4j.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.DeliveryUnknownException;
import io.github.webex4j.ServerException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.RoomCreateParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code messages().createOnce} under every fault kind, before and after the emulator processed the
 * POST, on both engines: the room always ends with exactly one copy, or the call reports a failure
 * and the room has none.
 */
class DeliveryFaultMatrixTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();

  private static final Duration TIMEOUT = Duration.ofMillis(400);
  private static final Duration HELD = Duration.ofMillis(1200);

  static Stream<Arguments> faults() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, Supplier<Fault>> kinds =
        Map.of(
            "500", () -> Fault.status(500),
            "502", () -> Fault.status(502),
            "503 + Retry-After", () -> Fault.status(503).retryAfter(Duration.ofSeconds(2)),
            "504", () -> Fault.status(504),
            "dropped connection", Fault::dropConnection,
            "malformed 200 body", Fault::malformedBody,
            "delay past the timeout", () -> Fault.delay(HELD));
    for (Map.Entry<String, Supplier<Fault>> kind : kinds.entrySet()) {
      for (boolean after : new boolean[] {false, true}) {
        for (String engine : List.of("jdk", "urlConnection")) {
          Fault fault = kind.getValue().get().method("POST").pathPrefix("/messages");
          cases.add(
              Arguments.of(
                  kind.getKey() + (after ? ", after processing" : ", before processing"),
                  after ? fault.after() : fault,
                  engine));
        }
      }
    }
    return cases.stream();
  }

  private static HttpEngineFactory engine(String name) {
    return name.equals("jdk") ? HttpEngines.jdkHttpClient() : HttpEngines.urlConnection();
  }

  /** POSTs to /messages the clients' engines have sent (all tests of this class). */
  private static final AtomicInteger SENT = new AtomicInteger();

  /**
   * A client whose waits do not pass real time, except that a wait returns as soon as the emulator
   * has recorded every POST the client sent (a request it holds is still being processed). Its
   * engine counts the POSTs it sends.
   */
  private static WebexClient client(EmulatedPerson person, String engine) {
    HttpEngineFactory counting =
        settings -> {
          HttpEngine inner = engine(engine).create(settings);
          return request -> {
            if (request.method().equals("POST") && request.uri().getPath().endsWith("/messages")) {
              SENT.incrementAndGet();
            }
            return inner.execute(request);
          };
        };
    return WebexClient.builder()
        .accessToken(person.token())
        .baseUrl(clients.emulator().baseUri())
        .environment(Map.of())
        .httpEngine(counting)
        .requestTimeout(TIMEOUT)
        .sleeper(wait -> awaitPostsRecorded())
        .build();
  }

  /** Waits (at most 10 s) until the emulator has recorded every POST the clients sent. */
  private static void awaitPostsRecorded() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline && recordedPosts() < SENT.get()) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }

  private static long recordedPosts() {
    return clients.emulator().requests().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/v1/messages"))
        .count();
  }

  private static List<Message> copies(WebexClient webex, String roomId, String text) {
    return webex.messages().list(MessageListParams.ofRoom(roomId)).items().stream()
        .filter(m -> text.equals(m.text()))
        .toList();
  }

  @ParameterizedTest(name = "{0} ({2})")
  @MethodSource("faults")
  void exactlyOneCopyLands(String name, Fault fault, String engine) {
    EmulatedPerson ana = clients.person("Ana");
    WebexClient webex = client(ana, engine);
    String roomId = webex.rooms().create(RoomCreateParams.of("Faults " + name)).id();
    clients.emulator().faults().add(fault);

    Message sent = webex.messages().createOnce(MessageCreateParams.textTo(roomId, "deploy 42"));

    awaitPostsRecorded();
    assertThat(copies(webex, roomId, "deploy 42"))
        .singleElement()
        .extracting(Message::id)
        .isEqualTo(sent.id());
  }

  @Test
  void aPersistentFailureIsReportedAndNothingLands() {
    EmulatedPerson ben = clients.person("Ben");
    WebexClient webex = client(ben, "urlConnection");
    String roomId = webex.rooms().create(RoomCreateParams.of("Down")).id();
    clients
        .emulator()
        .faults()
        .add(Fault.status(500).method("POST").pathPrefix("/messages").times(5));

    assertThatThrownBy(
            () -> webex.messages().createOnce(MessageCreateParams.textTo(roomId, "lost")))
        .isInstanceOf(ServerException.class);
    clients.emulator().faults().clear();
    assertThat(copies(webex, roomId, "lost")).isEmpty();
    assertThat(posts(roomId)).isEqualTo(3); // createOnce sends at most 3 times
  }

  @Test
  void aRefusedMessageIsNotSentAgain() {
    EmulatedPerson cy = clients.person("Cy");
    WebexClient webex = client(cy, "jdk");
    String roomId = webex.rooms().create(RoomCreateParams.of("Refused")).id();
    clients.emulator().faults().add(Fault.status(400).method("POST").pathPrefix("/messages"));

    assertThatThrownBy(() -> webex.messages().createOnce(MessageCreateParams.textTo(roomId, "bad")))
        .isInstanceOf(BadRequestException.class);
    assertThat(posts(roomId)).isEqualTo(1);
  }

  @Test
  void whenTheRoomCannotBeCheckedTheOutcomeIsReportedUnknownAndNothingIsResent() {
    EmulatedPerson dee = clients.person("Dee");
    WebexClient webex = client(dee, "urlConnection");
    String roomId = webex.rooms().create(RoomCreateParams.of("Unknown")).id();
    clients
        .emulator()
        .faults()
        .add(Fault.status(500).method("POST").pathPrefix("/messages").after())
        .add(Fault.status(403).method("GET").pathPrefix("/messages"));

    assertThatThrownBy(
            () -> webex.messages().createOnce(MessageCreateParams.textTo(roomId, "maybe")))
        .isInstanceOfSatisfying(
            DeliveryUnknownException.class,
            e -> assertThat(e.sendFailure()).isInstanceOf(ServerException.class));
    assertThat(posts(roomId)).isEqualTo(1);
    assertThat(copies(webex, roomId, "maybe")).hasSize(1);
  }

  @Test
  void aLookThatFailsOnTheServerIsRepeatedBeforeTheOutcomeIsCalledUnknown() {
    EmulatedPerson eve = clients.person("Eve");
    WebexClient webex = client(eve, "jdk");
    String roomId = webex.rooms().create(RoomCreateParams.of("Looks")).id();
    clients
        .emulator()
        .faults()
        .add(Fault.status(500).method("POST").pathPrefix("/messages").after())
        .add(Fault.status(500).method("GET").pathPrefix("/messages").times(2));

    Message sent = webex.messages().createOnce(MessageCreateParams.textTo(roomId, "found later"));

    assertThat(posts(roomId)).isEqualTo(1);
    assertThat(copies(webex, roomId, "found later"))
        .singleElement()
        .extracting(Message::id)
        .isEqualTo(sent.id());
  }

  private static long posts(String roomId) {
    return clients.emulator().requests().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/v1/messages"))
        .map(RecordedRequest::body)
        .filter(body -> body.contains(roomId))
        .count();
  }
}
