package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderersTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(NotifyStatus.class)
  void everyStatusRendersItsEmojiLabelAndColour(NotifyStatus status) {
    Notification n =
        new Notification(
            status,
            "Build 7",
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            Samples.MARKER);
    assertThat(MarkdownRenderer.render(n))
        .startsWith(status.emoji() + " **" + status.label() + "** \u00B7 **Build 7**");
    Map<String, Object> card = CardRenderer.render(n);
    Map<?, ?> header = (Map<?, ?>) ((List<?>) card.get("body")).get(0);
    assertThat(header.get("style")).isEqualTo(status.containerStyle());
    Map<?, ?> label = (Map<?, ?>) ((List<?>) header.get("items")).get(0);
    assertThat(label.get("text")).isEqualTo(status.emoji() + " " + status.name());
    assertThat(label.get("color")).isEqualTo(status.color());
  }

  @Test
  void markdownCarriesTheSameInformationAsTheCard() throws IOException {
    Notification n =
        Samples.failure()
            .withLog(Samples.log(dir, "compiling\nFAILED: FooTest\n", 30, 3000))
            .withNote("a note");
    String markdown = MarkdownRenderer.render(n);
    assertThat(markdown)
        .contains("3 tests failed in `core`.")
        .contains("- **Repository:** acme/app")
        .contains("- **Commit:** 0123456")
        .contains("[Open run](https://ci.example.com/run/42)")
        .contains("```\ncompiling\nFAILED: FooTest\n```")
        .contains("_a note_")
        .contains("cc <@personEmail:ana@example.com>")
        .endsWith("\n\n[//]: # (" + Samples.MARKER.text() + ")");
    String card = cardJson(n);
    assertThat(card)
        .contains("\"id\":\"" + Samples.MARKER.text() + "\"")
        .contains("3 tests failed in `core`.")
        .contains("{\"title\":\"Repository\",\"value\":\"acme/app\"}")
        .contains("\"text\":\"compiling\\nFAILED: FooTest\",\"fontType\":\"monospace\"")
        .contains("{\"type\":\"Action.OpenUrl\",\"title\":\"Open run\"")
        .contains("cc ana@example.com")
        .contains("a note");
  }

  @Test
  void markdownStaysUnderTheLimitWithAHugeMultiByteLogSummaryAndFields() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      log.append("\u65e5\u672c\u8a9e line ").append(i).append(" \uD83D\uDE80\n");
    }
    List<Notification.Fact> facts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      facts.add(new Notification.Fact("Field " + i, "\u00e9".repeat(400)));
    }
    Notification base =
        new Notification(
            NotifyStatus.FAILURE,
            "T".repeat(1000),
            "\u0444".repeat(5000),
            facts,
            List.of(),
            List.of(),
            null,
            "build.log",
            List.of(),
            Samples.MARKER);
    int budget = MarkdownRenderer.logBudget(base);
    Notification n = base.withLog(Samples.log(dir, log.toString(), 30, budget));
    String markdown = MarkdownRenderer.render(n);
    assertThat(markdown.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownRenderer.MAX_BYTES);
    assertThat(markdown).contains("more fields left out").contains(Samples.MARKER.markdownLine());
  }

  @Test
  void logBudgetLeavesRoomForTheRest() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      log.append("\u00e9\u00e8 ").append(i).append('\n');
    }
    Notification base = Samples.failure();
    int budget = MarkdownRenderer.logBudget(base);
    assertThat(budget).isEqualTo(MarkdownRenderer.MAX_LOG_BYTES);
    Notification n = base.withLog(Samples.log(dir, log.toString(), 10_000, budget));
    String markdown = MarkdownRenderer.render(n);
    assertThat(markdown.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownRenderer.MAX_BYTES);
    assertThat(markdown).contains("1999\n```");
  }

  @Test
  void backtickFencesInTheLogCannotCloseTheBlock() throws IOException {
    Notification n = Samples.failure().withLog(Samples.log(dir, "a\n```\nb\n", 30, 3000));
    assertThat(MarkdownRenderer.render(n)).contains("```\na\n'''\nb\n```");
  }

  @Test
  void moreThanFiveLinksBecomeALineOfLinksOnTheCard() {
    List<Notification.Link> links = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      links.add(new Notification.Link("L" + i, "https://x.example/" + i));
    }
    Notification n =
        new Notification(
            NotifyStatus.SUCCESS,
            "t",
            null,
            List.of(),
            links,
            List.of(),
            null,
            null,
            List.of(),
            Samples.MARKER);
    Map<String, Object> card = CardRenderer.render(n);
    assertThat((List<?>) card.get("actions")).hasSize(5);
    assertThat(cardJson(n)).contains("[L6](https://x.example/6) \u00B7 [L7](https://x.example/7)");
  }

  @Test
  void markerIsFoundAgainInRenderedMessages() {
    Notification n = Samples.failure();
    assertThat(Marker.find(MarkdownRenderer.render(n))).contains(Samples.MARKER);
    assertThat(Marker.find(cardJson(n))).contains(Samples.MARKER);
    assertThat(Marker.find("no marker here")).isEmpty();
    Marker single = Marker.create(null, Marker.Role.SINGLE);
    assertThat(Marker.find("x " + single.markdownLine())).contains(single);
  }

  @Test
  void newMarkersHaveDistinctVersion4Ids() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      Marker marker = Marker.create("thread-1", Marker.Role.REPLY);
      UUID id = UUID.fromString(marker.notification());
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      ids.add(marker.notification());
    }
    assertThat(ids).hasSize(1_000);
  }

  @Test
  void threadHashDependsOnKeyAndDestination() {
    String a = Marker.threadHash("github:acme/app:1", "room-1");
    assertThat(a).matches("[0-9a-f]{16}");
    assertThat(Marker.threadHash("github:acme/app:1", "room-1")).isEqualTo(a);
    assertThat(Marker.threadHash("github:acme/app:1", "room-2")).isNotEqualTo(a);
    assertThat(Marker.threadHash("github:acme/app:2", "room-1")).isNotEqualTo(a);
  }

  private static String cardJson(Notification n) {
    return io.github.webex4j.cli.Output.toJson(CardRenderer.render(n));
  }
}
