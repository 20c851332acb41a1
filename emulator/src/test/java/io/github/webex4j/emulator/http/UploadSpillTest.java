package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.RoomStore;
import io.github.webex4j.emulator.store.SpillDirectory;
import io.github.webex4j.emulator.store.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large upload is written to disk once, before the world lock is taken: the handler keeps the
 * spilled body as the stored file instead of copying it under the lock.
 */
class UploadSpillTest {
  private static final String TOKEN = "upload-spill-admin-token";
  private static final String BOUNDARY = "spill-boundary";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static World world;
  private static EmulatorServer server;
  private static Path directory;

  @BeforeAll
  static void start() throws IOException {
    world = new World(Clock.systemUTC(), UUID::randomUUID, TOKEN, "admin@example.com");
    directory = world.spill().newFile("probe-").getParent();
    Router api = new Router();
    Families.all(world, LocalServer.SETTINGS).forEach(family -> family.register(api));
    server = LocalServer.start(world, api);
  }

  @AfterAll
  static void stop() {
    server.close();
    world.close();
  }

  @Test
  void aLargeUploadIsKeptAsTheSpilledBodyWithoutACopy() throws Exception {
    Room room =
        world.locked(
            () ->
                world.rooms.create(
                    world.admin(),
                    new RoomStore.RoomDraft("Files", null, false, false, false, null, null)));
    byte[] content = new byte[SpillDirectory.MEMORY_LIMIT * 3];
    new Random(7).nextBytes(content);

    HttpResponse<byte[]> posted = upload(room.id, content);

    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(spillFiles()).singleElement().asString().startsWith("upload-");
    String url = new ObjectMapper().readTree(posted.body()).path("files").path(0).asText().trim();
    HttpResponse<byte[]> download = send(HttpRequest.newBuilder(URI.create(url)).GET());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(content);

    world.reset();
    assertThat(spillFiles()).isEmpty();
  }

  @Test
  void aRefusedUploadLeavesNoFile() throws Exception {
    HttpResponse<byte[]> posted = upload("no-such-room", new byte[SpillDirectory.MEMORY_LIMIT * 2]);

    assertThat(posted.statusCode()).isEqualTo(404);
    assertThat(spillFiles()).isEmpty();
  }

  /** Files of the spill directory other than the probe made at start. */
  private static List<String> spillFiles() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> !name.startsWith("probe-"))
          .toList();
    }
  }

  private static HttpResponse<byte[]> upload(String roomId, byte[] content) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n"
                + roomId
                + "\r\n--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/messages"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.header("Authorization", "Bearer " + TOKEN).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
