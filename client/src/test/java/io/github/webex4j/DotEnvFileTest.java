package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvFileTest {
  @TempDir Path dir;

  @Test
  void readsTheDotEnvOfADirectoryAndNothingWithoutOne() throws IOException {
    assertThat(DotEnvFile.read(dir)).isEmpty();

    Files.writeString(
        dir.resolve(".env"), "# settings\nexport WEBEX_NOTIFY_ROOM=\"Build Alerts\"\n");

    assertThat(DotEnvFile.read(dir)).containsEntry("WEBEX_NOTIFY_ROOM", "Build Alerts");
  }
}
