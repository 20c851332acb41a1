package io.github.webex4j.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20 MB local file goes up as streamed multipart and comes back byte for byte. (That the client
 * does not buffer the file was measured once, outside the suite, see the README; asserting on heap
 * usage here would be flaky.)
 */
class LargeFileTest {
  private static final int SIZE = 20 * 1024 * 1024;

  @TempDir Path temp;

  @Test
  void twentyMegabyteUploadDownloadsIdentically() throws IOException {
    Path source = temp.resolve("artifact.bin");
    writeRandom(source, SIZE);
    try (WebexEmulator emulator =
        WebexEmulator.builder().maxRequestBytes(32 * 1024 * 1024).start()) {
      EmulatorClients clients = new EmulatorClients(emulator);
      EmulatedPerson ana = clients.person("Ana");
      WebexClient webex = clients.clientFor(ana);
      Room room = webex.rooms().create(RoomCreateParams.of("Artifacts"));

      Message message =
          webex
              .messages()
              .create(
                  MessageCreateParams.builder()
                      .roomId(room.id())
                      .markdown("build artifact")
                      .file(LocalFile.of(source, "artifact.bin", "application/octet-stream"))
                      .build());
      Path downloaded = webex.messages().downloadTo(message.files().get(0), temp.resolve("back"));

      assertThat(Files.size(downloaded)).isEqualTo(SIZE);
      assertThat(Files.mismatch(source, downloaded)).isEqualTo(-1L);
    }
  }

  private static void writeRandom(Path file, int size) throws IOException {
    Random random = new Random(42);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < size; written += chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, Math.min(chunk.length, size - written));
      }
    }
  }
}
