package io.github.webex4j.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar webex.jar} reruns a command in a child JVM, and with which archive. */
class RelaunchTest {
  private static final List<String> SEND = List.of("messages", "send", "--text", "hi");

  @TempDir Path dir;
  private Path jar;
  private Path javaHome;
  private Map<String, String> env;

  @BeforeEach
  void aJarAndAJdk() throws Exception {
    jar = Files.writeString(dir.resolve("webex.jar"), "jar");
    javaHome = dir.resolve("jdk");
    Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    env = Map.of("HOME", dir.resolve("home").toString());
  }

  private Optional<ChildJvm> plan(
      Map<String, String> env, List<String> process, List<String> args) {
    return Relaunch.plan(env, process, javaHome, "17.0.15+6", args);
  }

  private List<String> plainJavaJar() {
    return List.of("java", "-jar", jar.toString());
  }

  private Path archive(String command) throws Exception {
    return ArchiveCache.archive(
        dir.resolve("home/.cache/webex4j/cds"), jar, javaHome, "17.0.15+6", command);
  }

  @Test
  void theFirstRunRecordsItsCommandsArchiveWithTheScriptsFlags() throws Exception {
    List<String> command = plan(env, plainJavaJar(), SEND).orElseThrow().command();
    String recording = "-XX:ArchiveClassesAtExit=" + archive("messages") + ".";

    assertThat(command.get(0)).isEqualTo(javaHome.resolve("bin/java").toString());
    assertThat(command).containsSequence(ChildJvm.FLAGS);
    assertThat(command).anyMatch(arg -> arg.startsWith(recording) && arg.endsWith(".tmp"));
    assertThat(command)
        .endsWith(
            "-cp",
            jar.toString(),
            "io.github.webex4j.cli.Main",
            "messages",
            "send",
            "--text",
            "hi");
    assertThat(archive("messages").getParent()).isDirectory();
  }

  @Test
  void aRecordedArchiveIsUsedEvenForHelp() throws Exception {
    Files.createDirectories(archive("messages").getParent());
    Files.writeString(archive("messages"), "archive");

    String using = "-XX:SharedArchiveFile=" + archive("messages");
    for (List<String> args : List.of(SEND, List.of("messages", "--help"))) {
      assertThat(plan(env, plainJavaJar(), args).orElseThrow().command())
          .contains("-Xshare:auto", using)
          .noneMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit"));
    }
  }

  @Test
  void helpWithoutAnArchiveRunsInThisJvmAndRecordsNothing() throws Exception {
    assertThat(plan(env, plainJavaJar(), List.of("messages", "send", "--help"))).isEmpty();
    assertThat(archive("messages").getParent()).doesNotExist();
  }

  @Test
  void jvmOptionsOrAnOptOutKeepTheCommandInThisJvm() {
    List<String> withOption = List.of("java", "-Xmx1g", "-jar", jar.toString());
    assertThat(plan(env, withOption, SEND)).isEmpty();
    assertThat(plan(Map.of(), plainJavaJar(), SEND)).as("no cache directory").isEmpty();
    assertThat(plan(List.of(), SEND)).as("no /proc/self/cmdline").isEmpty();
    for (String variable :
        List.of("WEBEX_CDS=0", "JAVA_TOOL_OPTIONS=-Xmx1g", "JDK_JAVA_OPTIONS=-Xmx1g")) {
      String[] pair = variable.split("=", 2);
      Map<String, String> optedOut = Map.of("HOME", env.get("HOME"), pair[0], pair[1]);
      assertThat(plan(optedOut, plainJavaJar(), SEND)).as(variable).isEmpty();
    }
  }

  private Optional<ChildJvm> plan(List<String> process, List<String> args) {
    return plan(env, process, args);
  }

  @Test
  void aRebuiltJarRecordsAfreshAndDropsTheOldArchives() throws Exception {
    plan(env, plainJavaJar(), SEND).orElseThrow();
    Path old = archive("messages");
    Files.writeString(old, "archive");

    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
    List<String> command = plan(env, plainJavaJar(), SEND).orElseThrow().command();

    assertThat(archive("messages")).isNotEqualTo(old);
    assertThat(command).anyMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(old.getParent()).doesNotExist();
  }

  @Test
  void theCacheFollowsXdgCacheHome() throws Exception {
    Map<String, String> xdg = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    plan(xdg, plainJavaJar(), SEND).orElseThrow();

    assertThat(dir.resolve("xdg/webex4j/cds")).isDirectory();
  }

  @Test
  void whileAnotherProcessStillWritesTheArchiveTheCommandRunsWithoutOne() throws Exception {
    plan(env, plainJavaJar(), SEND).orElseThrow();
    Path temporary = archive("messages").resolveSibling("messages.jsa.1.tmp");
    RecordingExit.Announcement.write(
        ArchiveCache.announcementOf(temporary),
        new RecordingExit.Announcement(0, ProcessHandle.current().pid()));

    List<String> command = plan(env, plainJavaJar(), SEND).orElseThrow().command();

    assertThat(command).containsSequence(ChildJvm.FLAGS);
    assertThat(command).noneMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit"));
    assertThat(command).noneMatch(arg -> arg.startsWith("-XX:SharedArchiveFile"));
  }
}
