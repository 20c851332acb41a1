package io.github.webex4j.cli.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which archive a command line belongs to: the same rules as the {@code ./webex} script's. */
class ArchivedCommandTest {
  @Test
  void theFirstNameAfterRootOptionsAndTheirValuesNamesTheArchive() {
    assertThat(ArchivedCommand.name(List.of("messages", "send", "--text", "hi")))
        .isEqualTo("messages");
    assertThat(ArchivedCommand.name(List.of("--base-url", "http://x/v1", "-o", "json", "rooms")))
        .isEqualTo("rooms");
    assertThat(ArchivedCommand.name(List.of("--verbose", "notify", "--status", "success")))
        .isEqualTo("notify");
  }

  @Test
  void noNameOrAnOddOneGivesTheRootArchive() {
    assertThat(ArchivedCommand.name(List.of("--version"))).isEqualTo("webex");
    assertThat(ArchivedCommand.name(List.of())).isEqualTo("webex");
    assertThat(ArchivedCommand.name(List.of("../evil", "rooms"))).isEqualTo("webex");
    assertThat(ArchivedCommand.name(List.of("Rooms"))).isEqualTo("webex");
  }

  @Test
  void helpAndCompletionAreHelpRuns() {
    assertThat(ArchivedCommand.asksForHelp(List.of("messages", "send", "--help"))).isTrue();
    assertThat(ArchivedCommand.asksForHelp(List.of("help", "rooms"))).isTrue();
    assertThat(ArchivedCommand.asksForHelp(List.of("-h"))).isTrue();
    assertThat(ArchivedCommand.asksForHelp(List.of("generate-completion"))).isTrue();
    assertThat(ArchivedCommand.asksForHelp(List.of("messages", "send", "--text", "help me")))
        .isFalse();
  }
}
