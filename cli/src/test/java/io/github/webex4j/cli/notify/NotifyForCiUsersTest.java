package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.Cli;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CI user meets in {@code webex notify} (issue 13). */
class NotifyForCiUsersTest {
  private static WebexEmulator emulator;
  private static EmulatedPerson ci;
  private static WebexClient webex;

  @TempDir Path dir;
  private String roomId;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
    ci = emulator.createPerson("ci-users@example.com", "CI");
    webex =
        WebexClient.builder()
            .accessToken(ci.token())
            .baseUrl(emulator.baseUri().toString())
            .environment(Map.of())
            .sleeper(d -> {})
            .build();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void room() {
    roomId = webex.rooms().create(RoomCreateParams.of("Alerts " + UUID.randomUUID())).id();
  }

  private Cli cli() {
    return Cli.against(emulator, ci.token(), dir);
  }

  private List<Message> messages() {
    return webex.messages().list(MessageListParams.ofRoom(roomId)).items();
  }

  @Test
  void theRoomComesFromDotEnvLikeTheToken() throws IOException {
    Files.writeString(dir.resolve(".env"), "WEBEX_NOTIFY_ROOM=" + roomId + "\n");

    Cli.Result result = cli().run("notify", "--status", "success", "--no-ci-env");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(messages()).hasSize(1);
  }

  @Test
  void theMarkerStaysOutOfThePlainText() {
    Cli.Result first =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "started",
                "--thread",
                "k",
                "--update",
                "--no-ci-env",
                "--link",
                "Run=https://ci.example.com/1");
    Cli.Result second =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "success",
                "--thread",
                "k",
                "--update",
                "--no-ci-env",
                "--link",
                "Run=https://ci.example.com/1");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    List<Message> posted = messages();
    assertThat(posted).hasSize(2);
    assertThat(posted).allSatisfy(m -> assertThat(m.markdown()).contains("webex4j-notify:"));
    assertThat(posted)
        .allSatisfy(
            m ->
                assertThat(m.text())
                    .doesNotContain("webex4j-notify")
                    .doesNotContain("[//]")
                    .doesNotContain("**")
                    .contains("Run (https://ci.example.com/1)"));
    Message root = webex.messages().get(first.id());
    assertThat(root.text()).contains("Success").doesNotContain("webex4j-notify");
  }

  @Test
  void aMissingTokenIsExplainedInTheCliWords() {
    Cli.Result result =
        new Cli(dir)
            .env("WEBEX_BASE_URL", emulator.baseUri().toString())
            .run("notify", "--room", roomId, "--status", "success", "--no-ci-env");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("--token-file")
        .contains("WEBEX_API_TOKEN")
        .contains(".env")
        .doesNotContain("WebexClient")
        .doesNotContain("builder");
  }
}
