package io.github.webex4j.rooms;

import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clients and people for behaviour tests against one emulator (shared per test class). Either wraps
 * an emulator the test manages, or, as {@link #perClass()} in a static {@code @RegisterExtension}
 * field, starts one before the class's tests and closes it after them.
 */
public final class EmulatorClients implements BeforeAllCallback, AfterAllCallback {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final boolean owned;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private WebexEmulator emulator;

  /**
   * @param emulator a running emulator, closed by the caller
   */
  public EmulatorClients(WebexEmulator emulator) {
    this.emulator = emulator;
    this.owned = false;
  }

  private EmulatorClients() {
    this.owned = true;
  }

  /**
   * One emulator per test class: {@code @RegisterExtension static final EmulatorClients clients =
   * EmulatorClients.perClass();}
   */
  public static EmulatorClients perClass() {
    return new EmulatorClients();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (owned) {
      emulator = WebexEmulator.start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (owned && emulator != null) {
      emulator.close();
      emulator = null;
    }
  }

  /** The emulator these clients talk to (for faults, control calls and its admin). */
  public WebexEmulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("register perClass() as a static @RegisterExtension field");
    }
    return emulator;
  }

  /** A new person with a unique email, e.g. {@code ana-7@example.com}. */
  public EmulatedPerson person(String name) {
    String email = name.toLowerCase(java.util.Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
    return emulator().createPerson(email + "@example.com", name);
  }

  /** A new bot with a unique email. */
  public EmulatedPerson bot(String name) {
    String email = name.toLowerCase(java.util.Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
    return emulator().createBot(email + "@webex.bot", name);
  }

  /** A client acting as {@code person}; never sleeps for real. */
  public WebexClient clientFor(EmulatedPerson person) {
    return clientFor(person.token());
  }

  /** A client with this token; never sleeps for real. */
  public WebexClient clientFor(String token) {
    return WebexClient.builder()
        .accessToken(token)
        .baseUrl(emulator().baseUri())
        .environment(Map.of())
        .sleeper(sleeper)
        .clock(sleeper.clock())
        .build();
  }

  /** A client acting as the seeded admin (full admin and compliance officer). */
  public WebexClient admin() {
    return clientFor(emulator().adminToken());
  }

  /** The waits requested by all clients of this helper. */
  public RecordingSleeper sleeper() {
    return sleeper;
  }
}
