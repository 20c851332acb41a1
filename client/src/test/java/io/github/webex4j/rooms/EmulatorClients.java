package io.github.webex4j.rooms;

import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients and people for behaviour tests against one emulator (shared per test class). */
public final class EmulatorClients {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final WebexEmulator emulator;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  /**
   * @param emulator a running emulator
   */
  public EmulatorClients(WebexEmulator emulator) {
    this.emulator = emulator;
  }

  /** A new person with a unique email, e.g. {@code ana-7@example.com}. */
  public EmulatedPerson person(String name) {
    String email = name.toLowerCase(java.util.Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
    return emulator.createPerson(email + "@example.com", name);
  }

  /** A new bot with a unique email. */
  public EmulatedPerson bot(String name) {
    String email = name.toLowerCase(java.util.Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
    return emulator.createBot(email + "@webex.bot", name);
  }

  /** A client acting as {@code person}; never sleeps for real. */
  public WebexClient clientFor(EmulatedPerson person) {
    return clientFor(person.token());
  }

  /** A client with this token; never sleeps for real. */
  public WebexClient clientFor(String token) {
    return WebexClient.builder()
        .accessToken(token)
        .baseUrl(emulator.baseUri())
        .environment(Map.of())
        .sleeper(sleeper)
        .clock(sleeper.clock())
        .build();
  }

  /** A client acting as the seeded admin (full admin and compliance officer). */
  public WebexClient admin() {
    return clientFor(emulator.adminToken());
  }

  /** The waits requested by all clients of this helper. */
  public RecordingSleeper sleeper() {
    return sleeper;
  }
}
