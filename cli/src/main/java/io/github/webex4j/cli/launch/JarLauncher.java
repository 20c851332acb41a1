package io.github.webex4j.cli.launch;

import io.github.webex4j.cli.Main;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The jar's {@code Main-Class}. {@code java -jar} cannot name JVM flags or a start-up archive, so a
 * plain {@code java -jar webex.jar ARGS} on Linux reruns {@code ARGS} in a child JVM started the
 * way {@code ./webex} starts it ({@link ChildJvm}), with its command's archive from {@link
 * ArchiveCache}, and exits with the child's exit code. Everything else runs {@link Main} in this
 * JVM: any JVM option before {@code -jar} (the {@code ./webex} launcher's own start among them),
 * {@code JAVA_TOOL_OPTIONS}/{@code JDK_JAVA_OPTIONS}/{@code _JAVA_OPTIONS} set, {@code
 * WEBEX_CDS=0}, no {@code /proc/self/cmdline}, no writable cache directory, or a help run of a
 * command without an archive yet (help records nothing).
 */
public final class JarLauncher {
  private JarLauncher() {}

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    Optional<ChildJvm> child =
        Relaunch.plan(
            System.getenv(),
            JvmCommandLine.read(Path.of("/proc/self/cmdline")),
            Path.of(System.getProperty("java.home")),
            System.getProperty("java.vm.version"),
            List.of(args));
    if (child.isPresent()) {
      try {
        System.exit(child.get().run());
      } catch (IOException e) {
        // The child could not be started (no fork, no java binary): run here instead.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        System.exit(130);
      }
    }
    Main.main(args);
  }
}
