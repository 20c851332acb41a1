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

  private final List<String> command;
  private final Optional<Recording> recording;

  private record Recording(Path temporary, Path archive) {}

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
    Path temporary =
        archive.resolveSibling(
            archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    return new ChildJvm(
        command(java, jar, List.of("-XX:ArchiveClassesAtExit=" + temporary), args),
        Optional.of(new Recording(temporary, archive)));
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
   * Runs the child to its end. If this JVM is asked to stop first (a signal), the child is asked
   * too and given {@value #STOP_GRACE_SECONDS} s to finish its output.
   *
   * @return the child's exit code
   * @throws IOException if the child cannot be started
   * @throws InterruptedException if this thread is interrupted while waiting
   */
  int run() throws IOException, InterruptedException {
    Process child = new ProcessBuilder(command).inheritIO().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child)));
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
  void keepRecording(int exit) {
    if (recording.isEmpty()) {
      return;
    }
    Path temporary = recording.get().temporary();
    try {
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
