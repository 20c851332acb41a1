package io.github.webex4j.cli.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether and how {@link JarLauncher} reruns a command line in a child JVM. Runs before anything
 * else in the parent JVM, so it keeps to plain loops (no streams or lambdas to set up).
 */
final class Relaunch {
  private static final List<String> JVM_OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private Relaunch() {}

  /**
   * @param env the environment
   * @param processArguments this process's arguments, {@code java} first (empty where unknown)
   * @param javaHome the running JDK, whose {@code bin/java} the child runs
   * @param vmVersion the running JVM's version
   * @param args the command line
   * @return the child to run, or empty to run the command in this JVM
   */
  static Optional<ChildJvm> plan(
      Map<String, String> env,
      List<String> processArguments,
      Path javaHome,
      String vmVersion,
      List<String> args) {
    if ("0".equals(env.get("WEBEX_CDS")) || hasJvmOptionVariable(env)) {
      return Optional.empty();
    }
    Optional<String> jarArgument = JvmCommandLine.plainJar(processArguments);
    Optional<Path> root = ArchiveCache.root(env);
    if (jarArgument.isEmpty() || root.isEmpty()) {
      return Optional.empty();
    }
    Path jar = Path.of(jarArgument.get()).toAbsolutePath().normalize();
    Path java = javaHome.resolve("bin").resolve("java");
    if (!Files.isRegularFile(jar) || !Files.isExecutable(java)) {
      return Optional.empty();
    }
    try {
      Path archive =
          ArchiveCache.archive(root.get(), jar, javaHome, vmVersion, ArchivedCommand.name(args));
      ArchiveCache.Settled settled =
          Files.isRegularFile(archive)
              ? ArchiveCache.Settled.NOTHING
              : ArchiveCache.settle(archive);
      if (Files.isRegularFile(archive)) {
        return Optional.of(ChildJvm.using(java, jar, archive, args));
      }
      if (ArchivedCommand.asksForHelp(args)) {
        return Optional.empty();
      }
      if (settled == ArchiveCache.Settled.IN_PROGRESS) {
        return Optional.of(ChildJvm.withoutArchive(java, jar, args));
      }
      ArchiveCache.prepare(archive);
      return Optional.of(ChildJvm.recording(java, jar, archive, args));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean hasJvmOptionVariable(Map<String, String> env) {
    for (String name : JVM_OPTION_VARIABLES) {
      if (!env.getOrDefault(name, "").isBlank()) {
        return true;
      }
    }
    return false;
  }
}
