package io.github.webex4j.cli.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Notifications for renderer tests. */
final class Samples {
  static final Marker MARKER =
      new Marker("0123456789abcdef", "6f1c2e4a-0b5d-4c3e-9a7f-112233445566", Marker.Role.ROOT);

  private Samples() {}

  static Notification failure() {
    return new Notification(
        NotifyStatus.FAILURE,
        "Tests failed on main",
        "3 tests failed in `core`.",
        List.of(
            new Notification.Fact("Repository", "acme/app"),
            new Notification.Fact("Branch", "main"),
            new Notification.Fact("Commit", "0123456")),
        List.of(new Notification.Link("Open run", "https://ci.example.com/run/42")),
        List.of("ana@example.com"),
        null,
        null,
        List.of(),
        MARKER);
  }

  static LogTail log(Path dir, String content, int lines, int bytes) throws IOException {
    Path file = Files.createTempFile(dir, "build", ".log");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return LogTail.read(file, lines, bytes);
  }
}
