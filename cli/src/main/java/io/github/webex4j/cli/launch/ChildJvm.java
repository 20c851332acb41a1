package io.github.webex4j.cli.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running {@code io.github.webex4j.cli.Main} with the start-up flags of the {@code
 * ./webex} script and either an existing start-up archive or the instruction to record one at exit.
 * It shares this process's standard streams, environment and working directory. A recording is kept
 * only if the command exits with 0, and is moved into place atomically, so concurrent runs never
 * see half an archive.
 */
final class ChildJvm {
  /** The {@code ./webex} script's JVM flags; {@code LauncherTest} keeps the two lists equal. */
  static final List<String> FLAGS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:CICompilerCount=1",
          "-XX:+UseSerialGC",
          "-XX:-UsePerfData",
          "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off");

  private static final long STOP_GRACE_SECONDS = 5;

  /** How often a recording child's announcement is looked for while it runs. */
  private static final long ANNOUNCEMENT_POLL_MILLIS = 5;

  private final List<String> command;
  private final Optional<Recording> recording;

  private record Recording(Path temporary, Path archive) {
    Path announcement() {
      return ArchiveCache.announcementOf(temporary);
    }
  }

  private ChildJvm(List<String> command, Optional<Recording> recording) {
    this.command = List.copyOf(command);
    this.recording = recording;
  }

  /** A child that starts from {@code archive}; a stale or unusable one is ignored by the JVM. */
  static ChildJvm using(Path java, Path jar, Path archive, List<String> args) {
    return new ChildJvm(
        command(java, jar, List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive), args),
        Optional.empty());
  }

  /** A child that records {@code archive} at exit, kept if it exits with 0. */
  static ChildJvm recording(Path java, Path jar, Path archive, List<String> args) {
    Recording recording = new Recording(ArchiveCache.temporaryFor(archive), archive);
    List<String> flags =
        List.of(
            "-XX:ArchiveClassesAtExit=" + recording.temporary(),
            "-D" + RecordingExit.PROPERTY + "=" + recording.announcement());
    return new ChildJvm(command(java, jar, flags, args), Optional.of(recording));
  }

  /** A child without an archive, while another process is still recording it. */
  static ChildJvm withoutArchive(Path java, Path jar, List<String> args) {
    return new ChildJvm(command(java, jar, List.of(), args), Optional.empty());
  }

  private static List<String> command(
      Path java, Path jar, List<String> archiveFlags, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(FLAGS);
    command.addAll(archiveFlags);
    command.addAll(List.of("-cp", jar.toString(), "io.github.webex4j.cli.Main"));
    command.addAll(args);
    return command;
  }

  /** The child's command line, {@code java} first. */
  List<String> command() {
    return command;
  }

  /**
   * Runs the child to its end, or a recording child until it announces its exit code. If this JVM
   * is asked to stop first (a signal), the child is asked too and given {@value
   * #STOP_GRACE_SECONDS} s to finish its output.
   *
   * @return the child's exit code
   * @throws IOException if the child cannot be started
   * @throws InterruptedException if this thread is interrupted while waiting
   */
  int run() throws IOException, InterruptedException {
    Process child = new ProcessBuilder(command).inheritIO().start();
    Thread stopper = new Thread(() -> stop(child));
    Runtime.getRuntime().addShutdownHook(stopper);
    if (recording.isPresent()) {
      Path announcement = recording.get().announcement();
      while (!child.waitFor(ANNOUNCEMENT_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        Optional<RecordingExit.Announcement> announced =
            RecordingExit.Announcement.read(announcement);
        if (announced.isPresent()) {
          Runtime.getRuntime().removeShutdownHook(stopper); // it is writing the archive: let it
          return announced.get().code();
        }
      }
    }
    int exit = child.waitFor();
    keepRecording(exit);
    return exit;
  }

  private static void stop(Process child) {
    if (child.isAlive()) {
      child.destroy();
      try {
        child.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Moves a recorded archive into place after a successful run; deletes it otherwise. */
  private void keepRecording(int exit) {
    if (recording.isEmpty()) {
      return;
    }
    Path temporary = recording.get().temporary();
    try {
      Files.deleteIfExists(recording.get().announcement());
      if (exit == 0 && Files.isRegularFile(temporary)) {
        Files.move(
            temporary,
            recording.get().archive(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Nothing more to do: a stray temporary file is never read as an archive.
      }
    }
  }
}
