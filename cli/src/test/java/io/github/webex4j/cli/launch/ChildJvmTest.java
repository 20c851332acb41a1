package io.github.webex4j.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child JVM's run, with a stand-in {@code java} that records its arguments, writes the archive
 * it is asked to record, and exits with the code in its last argument.
 */
class ChildJvmTest {
  @TempDir Path dir;
  private Path java;
  private Path jar;
  private Path archive;

  @BeforeEach
  void aStandInJava() throws Exception {
    java = dir.resolve("java");
    Files.writeString(
        java,
        "#!/usr/bin/env bash\n"
            + "echo \"$@\" > \"$(dirname \"$0\")/call\"\n"
            + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*)"
            + " echo recorded > \"${a#-XX:ArchiveClassesAtExit=}\";; esac; last=\"$a\"; done\n"
            + "exit \"$last\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    jar = Files.writeString(dir.resolve("webex.jar"), "jar");
    archive = Files.createDirectories(dir.resolve("cds")).resolve("messages.jsa");
  }

  private List<Path> leftovers() throws Exception {
    try (var files = Files.list(archive.getParent())) {
      return files.toList();
    }
  }

  @Test
  void aSuccessfulRecordingRunKeepsTheArchive() throws Exception {
    int exit = ChildJvm.recording(java, jar, archive, List.of("messages", "0")).run();

    assertThat(exit).isZero();
    assertThat(archive).hasContent("recorded");
    assertThat(leftovers()).containsExactly(archive);
  }

  @Test
  void aFailedRecordingRunKeepsNothingAndPassesItsExitCodeOn() throws Exception {
    int exit = ChildJvm.recording(java, jar, archive, List.of("messages", "7")).run();

    assertThat(exit).isEqualTo(7);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aRunFromAnArchiveGetsTheArgumentsUnchanged() throws Exception {
    Files.writeString(archive, "recorded");
    List<String> args = List.of("messages", "send", "--text", "two words", "0");

    assertThat(ChildJvm.using(java, jar, archive, args).run()).isZero();

    String call = Files.readString(dir.resolve("call"), StandardCharsets.UTF_8).strip();
    assertThat(call)
        .endsWith("-cp " + jar + " io.github.webex4j.cli.Main messages send --text two words 0")
        .contains("-XX:SharedArchiveFile=" + archive);
    assertThat(archive).hasContent("recorded");
  }

  @Test
  void theFlagsAreTheWebexScriptsFlags() throws Exception {
    String script = Files.readString(Path.of("..", "webex"), StandardCharsets.UTF_8);
    Matcher opts = Pattern.compile("\\nopts=\\(([^)]*)\\)").matcher(script);

    assertThat(opts.find()).as("the script's opts=(...) line").isTrue();
    assertThat(List.of(opts.group(1).trim().split("\\s+"))).isEqualTo(ChildJvm.FLAGS);
  }

  @Test
  void aRecordingChildIsNotWaitedForOnceItAnnouncesItsExitAndALaterRunAdoptsItsArchive()
      throws Exception {
    Path release = dir.resolve("release");
    Path slowJava = dir.resolve("slow-java");
    Files.writeString(
        slowJava,
        "#!/usr/bin/env bash\n"
            + "for a in \"$@\"; do case \"$a\" in\n"
            + "  -XX:ArchiveClassesAtExit=*) tmp=\"${a#-XX:ArchiveClassesAtExit=}\";;\n"
            + "  -D"
            + RecordingExit.PROPERTY
            + "=*) exitFile=\"${a#*=}\";;\n"
            + "esac; done\n"
            + "echo \"0 $$\" > \"$exitFile\"\n"
            + "while [ ! -f '"
            + release
            + "' ]; do sleep 0.01; done\n"
            + "printf '\\xa8\\xab\\x0b\\xf0recorded' > \"$tmp\"\n");
    Files.setPosixFilePermissions(slowJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    ChildJvm child = ChildJvm.recording(slowJava, jar, archive, List.of("messages"));
    Path announcement = announcementIn(child);

    assertThat(child.run()).isZero();

    ProcessHandle recorder =
        ProcessHandle.of(RecordingExit.Announcement.read(announcement).orElseThrow().pid())
            .orElseThrow();
    assertThat(recorder.isAlive()).as("still writing the archive").isTrue();
    assertThat(ArchiveCache.settle(archive)).isEqualTo(ArchiveCache.Settled.IN_PROGRESS);
    assertThat(archive).doesNotExist();

    Files.writeString(release, "");
    recorder.onExit().get(20, TimeUnit.SECONDS);

    assertThat(ArchiveCache.settle(archive)).isEqualTo(ArchiveCache.Settled.ADOPTED);
    assertThat(Files.readString(archive, StandardCharsets.ISO_8859_1)).endsWith("recorded");
    assertThat(leftovers()).containsExactly(archive);
  }

  private static Path announcementIn(ChildJvm child) {
    String flag = "-D" + RecordingExit.PROPERTY + "=";
    return Path.of(
        child.command().stream()
            .filter(arg -> arg.startsWith(flag))
            .findFirst()
            .orElseThrow()
            .substring(flag.length()));
  }

  @Test
  void leftRecordingsOfFailedOrUnfinishedRunsAreDeleted() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path failed = archive.resolveSibling("messages.jsa.1.tmp");
    Files.write(failed, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0});
    RecordingExit.Announcement.write(
        ArchiveCache.announcementOf(failed), new RecordingExit.Announcement(2, ended.pid()));
    Path unfinished = archive.resolveSibling("messages.jsa.2.tmp");
    Files.writeString(unfinished, "half");
    RecordingExit.Announcement.write(
        ArchiveCache.announcementOf(unfinished), new RecordingExit.Announcement(0, ended.pid()));

    assertThat(ArchiveCache.settle(archive)).isEqualTo(ArchiveCache.Settled.NOTHING);
    assertThat(leftovers()).isEmpty();
  }
}
