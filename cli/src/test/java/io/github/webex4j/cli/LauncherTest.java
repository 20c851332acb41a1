package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./webex} launcher's start-up archive rules, run with a stand-in {@code java} that
 * records its arguments and writes the archive it is asked to record, exiting with {@code
 * FAKE_EXIT}.
 */
class LauncherTest {
  @TempDir Path root;

  @BeforeEach
  void copyLauncherBesideAFakeJarAndJava() throws IOException {
    Path launcher = Path.of("..", "webex").toAbsolutePath().normalize();
    Files.copy(launcher, root.resolve("webex"));
    Files.createDirectories(root.resolve("cli/target"));
    Files.writeString(root.resolve("cli/target/webex.jar"), "jar");
    Path java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
    Files.writeString(
        java,
        "#!/usr/bin/env bash\n"
            + "echo \"$@\" >> \"$(dirname \"$0\")/calls\"\n"
            + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*)"
            + " echo archive > \"${a#-XX:ArchiveClassesAtExit=}\";; esac; done\n"
            + "exit \"${FAKE_EXIT:-0}\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        root.resolve("webex"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private int run(int fakeExit, String... args) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(concat(List.of("bash", root.resolve("webex").toString()), List.of(args)))
            .redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
    builder.environment().put("FAKE_EXIT", String.valueOf(fakeExit));
    builder.environment().remove("WEBEX_CDS");
    Process process = builder.start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private Path archive(String command) {
    return root.resolve("cli/target/cds/" + command + ".jsa");
  }

  private List<String> calls() throws IOException {
    return Files.readAllLines(root.resolve("jdk/bin/calls"), StandardCharsets.UTF_8);
  }

  @Test
  void aSuccessfulRunRecordsTheArchiveAndTheNextRunUsesIt() throws Exception {
    assertThat(run(0, "messages", "send", "--text", "hi")).isZero();
    assertThat(archive("messages")).exists();

    run(0, "messages", "send", "--text", "again");

    assertThat(calls().get(1)).contains("-XX:SharedArchiveFile=" + archive("messages"));
  }

  @Test
  void helpRecordsNothingSoTheRealCommandRecordsItsOwnClasses() throws Exception {
    assertThat(run(0, "messages", "send", "--help")).isZero();
    assertThat(archive("messages")).doesNotExist();
    assertThat(calls().get(0)).doesNotContain("ArchiveClassesAtExit");

    run(0, "messages", "send", "--text", "hi");

    assertThat(calls().get(1)).contains("-XX:ArchiveClassesAtExit=");
    assertThat(archive("messages")).exists();
  }

  @Test
  void aFailedOrMistypedRunRecordsNothingAndKeepsItsExitCode() throws Exception {
    assertThat(run(1, "messages", "send", "--nonsense")).isEqualTo(1);
    assertThat(run(2, "messages", "send", "--text", "hi")).isEqualTo(2);

    assertThat(archive("messages")).doesNotExist();
    assertThat(root.resolve("cli/target/cds")).isEmptyDirectory();
  }
}
