package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
  @TempDir Path dir;

  @Test
  void remembersRootsPerThreadAndLeavesNoTemporaryFiles() throws IOException {
    StateFile state = new StateFile(dir.resolve("sub/state.properties"));
    assertThat(state.load("aaaa")).isEmpty();
    state.save("aaaa", new StateFile.ThreadRoot("room1", "msg1", true));
    state.save("bbbb", new StateFile.ThreadRoot("room2", "msg2", false));
    state.save("aaaa", new StateFile.ThreadRoot("room1", "msg3", false));
    assertThat(state.load("aaaa")).contains(new StateFile.ThreadRoot("room1", "msg3", false));
    assertThat(state.load("bbbb")).contains(new StateFile.ThreadRoot("room2", "msg2", false));
    try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
      assertThat(files).containsExactly(dir.resolve("sub/state.properties"));
    }
  }

  @Test
  void defaultLocationPrefersTheCiTempDirThenTheWorkspace() {
    Path tmp = dir.resolve("tmp");
    assertThat(StateFile.defaultPath(null, tmp))
        .isEqualTo(tmp.resolve("webex-notify/webex-notify-state.properties"));
    CiEnvironment workspaceOnly =
        new CiEnvironment(
            "Jenkins", null, null, null, null, null, null, null, null, null, "/ws", null);
    assertThat(StateFile.defaultPath(workspaceOnly, tmp))
        .isEqualTo(Path.of("/ws/.webex-notify/webex-notify-state.properties"));
    CiEnvironment withTemp =
        new CiEnvironment(
            "GitHub Actions", null, null, null, null, null, null, null, null, null, "/ws", "/t");
    assertThat(StateFile.defaultPath(withTemp, tmp))
        .isEqualTo(Path.of("/t/webex-notify-state.properties"));
  }
}
