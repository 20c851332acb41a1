package io.github.webex4j.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpillDirectoryTest {

  @Test
  void keepsSmallContentsInMemoryAndSpillsLargeOnesUntilClosed() throws Exception {
    SpillDirectory spill = new SpillDirectory();
    Blob small = spill.store(ByteBuffer.wrap(new byte[SpillDirectory.MEMORY_LIMIT]));
    assertThat(small.spilled()).isFalse();

    byte[] large = new byte[SpillDirectory.MEMORY_LIMIT + 1];
    large[large.length - 1] = 42;
    ByteBuffer source = ByteBuffer.wrap(large);
    Blob blob = spill.store(source);
    assertThat(source.position()).isZero();
    assertThat(blob.spilled()).isTrue();
    assertThat(blob.length()).isEqualTo(large.length);
    try (InputStream in = blob.open()) {
      assertThat(in.readAllBytes()).isEqualTo(large);
    }
    Path upload = spill.newFile("upload-");
    Path directory = upload.getParent();
    assertThat(Files.list(directory)).hasSize(2);

    blob.delete();
    assertThat(Files.list(directory)).containsExactly(upload);
    spill.close();
    assertThat(directory).doesNotExist();
    assertThatThrownBy(() -> spill.newFile("x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void resetDeletesTheSpilledFilesOfMessages() throws Exception {
    World world =
        new World(java.time.Clock.systemUTC(), java.util.UUID::randomUUID, "t", "a@example.com");
    Room room = world.rooms.createGroup(world.admin(), "Files", null, false);
    Content content =
        world.messages.addContent(
            room.id,
            "f.bin",
            "application/octet-stream",
            world.spill().store(ByteBuffer.allocate(100_000)));
    Path directory = world.spill().newFile("probe-").getParent();
    assertThat(content.blob().spilled()).isTrue();
    assertThat(Files.list(directory)).hasSize(2);
    world.reset();
    assertThat(Files.list(directory)).hasSize(1);
    world.close();
    assertThat(directory).doesNotExist();
  }

  @Test
  void anUnclosedDirectoryIsDeletedByItsShutdownHookWhichCloseUnregisters() throws Exception {
    SpillDirectory spill = new SpillDirectory();
    assertThat(spill.shutdownHook()).isNull();
    Path directory = spill.newFile("a-").getParent();
    spill.newFile("b-");
    Thread hook = spill.shutdownHook();
    assertThat(hook).isNotNull();

    hook.run(); // what the JVM does on exit for an emulator nobody closed
    assertThat(directory).doesNotExist();

    spill.close();
    assertThat(spill.shutdownHook()).isNull();
    assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("still registered").isFalse();
  }
}
