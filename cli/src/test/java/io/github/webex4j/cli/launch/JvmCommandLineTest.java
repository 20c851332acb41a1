package io.github.webex4j.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmCommandLineTest {
  @TempDir Path dir;

  @Test
  void readsTheNulEndedArguments() throws Exception {
    Path cmdline = dir.resolve("cmdline");
    Files.write(
        cmdline, "java\0-jar\0webex.jar\0messages\0\0send\0".getBytes(StandardCharsets.UTF_8));

    assertThat(JvmCommandLine.read(cmdline))
        .containsExactly("java", "-jar", "webex.jar", "messages", "", "send");
  }

  @Test
  void anUnreadableFileGivesNoArguments() {
    assertThat(JvmCommandLine.read(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void onlyAPlainJavaDashJarHasAJar() {
    assertThat(JvmCommandLine.plainJar(List.of("java", "-jar", "webex.jar", "rooms")))
        .contains("webex.jar");
    assertThat(JvmCommandLine.plainJar(List.of("java", "-Xmx1g", "-jar", "webex.jar"))).isEmpty();
    assertThat(JvmCommandLine.plainJar(List.of("java", "-jar"))).isEmpty();
    assertThat(JvmCommandLine.plainJar(List.of())).isEmpty();
  }
}
