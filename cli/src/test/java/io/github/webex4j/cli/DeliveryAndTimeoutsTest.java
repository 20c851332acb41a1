package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.WebexEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code messages send} lands exactly once under faults; timeouts and deadlines are honoured. */
class DeliveryAndTimeoutsTest {
  private static WebexEmulator emulator;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private Cli cli(EmulatedPerson person) {
    return Cli.against(emulator, person.token(), dir);
  }

  private static long copies(Cli cli, String roomId, String text) {
    return Cli.json(Cli.ok(cli.run("messages", "list", "--room", roomId, "-o", "json")))
        .findValues("text")
        .stream()
        .filter(node -> node.asText().equals(text))
        .count();
  }

  @Test
  void aSendAnswered503WithRetryAfterAfterItWasStoredLandsOnce() {
    EmulatedPerson ana = emulator.createPerson("ana-delivery@example.com", "Ana");
    Cli cli = cli(ana);
    String room = cli.id("rooms", "create", "--title", "Delivery");
    emulator
        .faults()
        .add(
            Fault.status(503)
                .retryAfter(Duration.ofSeconds(2))
                .method("POST")
                .pathPrefix("/messages")
                .after());

    Cli.Result sent = cli.run("messages", "send", "--room", room, "--text", "deployed", "-o", "id");

    assertThat(sent.exitCode()).isZero();
    assertThat(copies(cli, room, "deployed")).isEqualTo(1);
    assertThat(sent.err())
        .isEqualToIgnoringNewLines(
            "webex: no clear answer to sending the message (503); checking in 2 s whether it"
                + " arrived before sending it again.");
  }

  @Test
  void aNotifyAnswered503WithRetryAfterAfterItWasStoredLandsOnce() {
    Cli cli = cli(emulator.createPerson("dee-notify503@example.com", "Dee"));
    String room = cli.id("rooms", "create", "--title", "Notify 503");
    emulator.faults().add(postMessagesFault(Fault.status(503).retryAfter(Duration.ofSeconds(2))));

    Cli.Result sent = notify(cli, room, "--fail-on-error");

    assertThat(sent.exitCode()).as(sent.err()).isZero();
    assertThat(notifications(cli, room)).isEqualTo(1);
  }

  @Test
  void aNotifyWhoseConnectionIsResetAfterProcessingLandsOnce() {
    Cli cli = cli(emulator.createPerson("eve-notifyreset@example.com", "Eve"));
    String room = cli.id("rooms", "create", "--title", "Notify reset");
    emulator.faults().add(postMessagesFault(Fault.dropConnection()));

    Cli.Result sent = notify(cli, room, "--fail-on-error");

    assertThat(sent.exitCode()).as(sent.err()).isZero();
    assertThat(notifications(cli, room)).isEqualTo(1);
    assertThat(sent.err())
        .contains(
            "webex: no clear answer to sending the message (no answer); checking in 1 s whether"
                + " it arrived before sending it again.");
  }

  @Test
  void aNotifyHeldPastTheTimeoutAfterProcessingLandsOnce() {
    Cli cli = cli(emulator.createPerson("fay-notifyslow@example.com", "Fay"));
    String room = cli.id("rooms", "create", "--title", "Notify slow");
    emulator.faults().add(postMessagesFault(Fault.delay(Duration.ofSeconds(2))));

    Cli.Result sent = notify(cli, room, "--fail-on-error", "--timeout", "300ms");

    assertThat(sent.exitCode()).as(sent.err()).isZero();
    assertThat(notifications(cli, room)).isEqualTo(1);
  }

  @Test
  void aNotifyWhoseRoomCannotBeCheckedSaysItMayOrMayNotHaveBeenDelivered() {
    Cli cli = cli(emulator.createPerson("gus-notifyunknown@example.com", "Gus"));
    String room = cli.id("rooms", "create", "--title", "Notify unknown");
    emulator.faults().add(postMessagesFault(Fault.status(502)));
    emulator.faults().add(Fault.status(403).method("GET").pathPrefix("/messages").times(1));

    Cli.Result failing = notify(cli, room, "--fail-on-error");

    assertThat(failing.exitCode()).isEqualTo(ExitCodes.DELIVERY_UNKNOWN);
    assertThat(failing.err())
        .contains("may or may not have been delivered")
        .contains("exit code 5");
    assertThat(notifications(cli, room)).isEqualTo(1);

    emulator.faults().add(postMessagesFault(Fault.status(502)));
    emulator.faults().add(Fault.status(403).method("GET").pathPrefix("/messages").times(1));
    Cli.Result lenient = notify(cli, room);

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err())
        .contains("may or may not have been delivered")
        .contains("exit code 0");
  }

  @Test
  void aNotifyThatCannotBeStoredFailsTruly() {
    Cli cli = cli(emulator.createPerson("hal-notifyfail@example.com", "Hal"));
    String room = cli.id("rooms", "create", "--title", "Notify fails");
    emulator.faults().add(Fault.status(500).method("POST").pathPrefix("/messages").times(3));

    Cli.Result failed = notify(cli, room, "--fail-on-error");

    assertThat(failed.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(notifications(cli, room)).isZero();
  }

  private static Fault postMessagesFault(Fault fault) {
    return fault.method("POST").pathPrefix("/messages").times(1).after();
  }

  private static Cli.Result notify(Cli cli, String room, String... more) {
    List<String> args =
        new ArrayList<>(List.of("notify", "--room", room, "--status", "success", "--no-ci-env"));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  private static long notifications(Cli cli, String roomId) {
    return Cli.json(Cli.ok(cli.run("messages", "list", "--room", roomId, "-o", "json")))
        .findValues("markdown")
        .stream()
        .filter(node -> node.asText().contains("webex4j-notify:"))
        .count();
  }

  @Test
  void aSlowServerTimesOutAtTheConfiguredTimeoutWithExitCode4() {
    EmulatedPerson ben = emulator.createPerson("ben-timeout@example.com", "Ben");
    Cli cli = cli(ben);
    emulator
        .faults()
        .add(Fault.delay(Duration.ofSeconds(2)).method("GET").pathPrefix("/rooms").times(4));

    Cli.Result result =
        cli.env("WEBEX_TIMEOUT", "200ms").run("rooms", "list", "--timeout", "150ms");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(result.err()).contains("timed out").contains("within 150 ms");
    emulator.faults().clear();
  }

  @Test
  void aBadTimeoutIsAUsageErrorNamingTheFlagOrTheVariable() {
    EmulatedPerson cy = emulator.createPerson("cy-timeout@example.com", "Cy");

    Cli.Result flag = cli(cy).run("rooms", "list", "--timeout", "soon");
    Cli.Result variable = cli(cy).env("WEBEX_TIMEOUT", "soon").run("rooms", "list");

    assertThat(flag.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(flag.err()).contains("--timeout").contains("'soon' is not a duration");
    assertThat(variable.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(variable.err()).contains("WEBEX_TIMEOUT: 'soon' is not a duration");
  }

  @Test
  void durationsReadSecondsMillisecondsAndMinutes() {
    DurationOption option = new DurationOption();

    assertThat(option.convert("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(option.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(option.convert(" 2m ")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationOption.parse("-1s")).isEmpty();
  }

  @Test
  void theDeadlineActionRunsOnceTheLimitPassesAndNeverForZero() throws InterruptedException {
    CountDownLatch fired = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);

    Deadline.arm(Duration.ofMillis(1), fired::countDown);
    Deadline.arm(Duration.ZERO, never::countDown);

    assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(never.getCount()).isEqualTo(1);
  }
}
