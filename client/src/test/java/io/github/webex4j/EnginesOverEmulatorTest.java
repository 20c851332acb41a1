package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.groups.Group;
import io.github.webex4j.groups.GroupCreateParams;
import io.github.webex4j.groups.GroupUpdateParams;
import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;
import io.github.webex4j.messages.FileDownload;
import io.github.webex4j.messages.LocalFile;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomUpdateParams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both shipped engines drive the same real flows against the in-process emulator. */
class EnginesOverEmulatorTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();

  static Stream<Arguments> engines() {
    return Stream.of(
        Arguments.of("jdk", HttpEngines.jdkHttpClient()),
        Arguments.of("urlConnection", HttpEngines.urlConnection()));
  }

  private static WebexClient client(String token, HttpEngineFactory engine) {
    return WebexClient.builder()
        .accessToken(token)
        .baseUrl(clients.emulator().baseUri())
        .environment(Map.of())
        .httpEngine(engine)
        .sleeper(clients.sleeper())
        .clock(clients.sleeper().clock())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void roomsMessagesFilesPagingAndErrors(String name, HttpEngineFactory engine, @TempDir Path dir)
      throws IOException {
    EmulatedPerson ana = clients.person("Ana");
    WebexClient webex = client(ana.token(), engine);
    Path file = Files.write(dir.resolve("build.log"), "line\n".repeat(50_000).getBytes());

    Room room = webex.rooms().create(RoomCreateParams.of("Engines " + name));
    webex.rooms().update(room.id(), RoomUpdateParams.of("Engines " + name + " (renamed)"));
    for (int i = 0; i < 3; i++) {
      webex.messages().create(MessageCreateParams.textTo(room.id(), "m" + i));
    }
    Message upload =
        webex
            .messages()
            .create(
                MessageCreateParams.builder()
                    .roomId(room.id())
                    .text("log")
                    .file(LocalFile.of(file))
                    .build());
    List<String> texts =
        webex
            .messages()
            .list(MessageListParams.builder().roomId(room.id()).pageSize(1).build())
            .autoPager()
            .stream()
            .map(Message::text)
            .toList();
    byte[] downloaded;
    try (FileDownload download = webex.messages().download(upload.files().get(0));
        InputStream body = download.body()) {
      downloaded = body.readAllBytes();
    }

    assertThat(webex.rooms().get(room.id()).title()).isEqualTo("Engines " + name + " (renamed)");
    assertThat(texts).containsExactly("log", "m2", "m1", "m0");
    assertThat(downloaded).isEqualTo(Files.readAllBytes(file));
    webex.rooms().delete(room.id());
    assertThatThrownBy(() -> webex.rooms().get(room.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void patchGoesThroughEvenWhereTheEngineCannotSendIt(String name, HttpEngineFactory engine) {
    WebexClient admin = client(clients.emulator().adminToken(), engine);
    EmulatedPerson ben = clients.person("Ben");

    Group group = admin.groups().create(GroupCreateParams.of("Engines group " + name));
    Group updated =
        admin
            .groups()
            .update(group.id(), GroupUpdateParams.builder().addMembers(List.of(ben.id())).build());

    assertThat(updated.memberSize()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aGetIsRetriedAfterADroppedConnectionAndAPostAfterA429(
      String name, HttpEngineFactory engine) {
    EmulatedPerson cy = clients.person("Cy");
    WebexClient webex = client(cy.token(), engine);
    Room room = webex.rooms().create(RoomCreateParams.of("Retries " + name));

    clients.emulator().faults().add(Fault.dropConnection().method("GET").pathPrefix("/rooms"));
    assertThat(webex.rooms().get(room.id()).id()).isEqualTo(room.id());
    clients.emulator().faults().add(Fault.status(429).method("POST").pathPrefix("/messages"));
    webex.messages().create(MessageCreateParams.textTo(room.id(), "once"));

    assertThat(webex.messages().list(MessageListParams.ofRoom(room.id())).items())
        .extracting(Message::text)
        .containsExactly("once");
  }
}
