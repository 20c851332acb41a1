package io.github.webex4j.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.internal.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptiveCardTest {

  @Test
  void buildsEveryElementAsAdaptiveCardJson() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Branch", "main");
    facts.put("Commit", "abc123");
    AdaptiveCard card =
        AdaptiveCard.builder()
            .body(TextBlock.heading("Build #42 failed").withColor("attention"))
            .body(FactSet.of(facts))
            .body(
                ColumnSet.of(
                    new Column("auto", List.of(Image.of("https://x/logo.png", "logo"))),
                    Column.of(Container.of(TextBlock.of("3 tests failed")))))
            .action(new OpenUrlAction("Open log", "https://ci/42"))
            .action(new SubmitAction("Retry", Map.of("build", 42)))
            .build();

    String json = new String(Json.write(card.toJson()), StandardCharsets.UTF_8);

    assertThat(card.version()).isEqualTo("1.3");
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"AdaptiveCard\",\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\","
                + "\"version\":\"1.3\",\"body\":["
                + "{\"type\":\"TextBlock\",\"text\":\"Build #42 failed\",\"size\":\"large\","
                + "\"weight\":\"bolder\",\"color\":\"attention\",\"wrap\":true},"
                + "{\"type\":\"FactSet\",\"facts\":[{\"title\":\"Branch\",\"value\":\"main\"},"
                + "{\"title\":\"Commit\",\"value\":\"abc123\"}]},"
                + "{\"type\":\"ColumnSet\",\"columns\":["
                + "{\"type\":\"Column\",\"width\":\"auto\",\"items\":[{\"type\":\"Image\","
                + "\"url\":\"https://x/logo.png\",\"altText\":\"logo\"}]},"
                + "{\"type\":\"Column\",\"items\":[{\"type\":\"Container\",\"items\":["
                + "{\"type\":\"TextBlock\",\"text\":\"3 tests failed\",\"wrap\":true}]}]}]}],"
                + "\"actions\":[{\"type\":\"Action.OpenUrl\",\"title\":\"Open log\",\"url\":\"https://ci/42\"},"
                + "{\"type\":\"Action.Submit\",\"title\":\"Retry\",\"data\":{\"build\":42}}]}");
  }

  @Test
  void versionCanBeLowered() {
    AdaptiveCard card = AdaptiveCard.builder().version("1.2").body(TextBlock.of("x")).build();

    assertThat(card.toJson()).containsEntry("version", "1.2").doesNotContainKey("actions");
  }

  @Test
  void rejectsInvalidCards() {
    assertThatThrownBy(() -> AdaptiveCard.builder().build()).hasMessageContaining("body");
    AdaptiveCard.Builder six = AdaptiveCard.builder().body(TextBlock.of("x"));
    for (int i = 0; i < 6; i++) {
      six.action(SubmitAction.of("b" + i));
    }
    assertThatThrownBy(six::build).hasMessageContaining("actions");
    assertThatThrownBy(() -> TextBlock.of(" ")).hasMessageContaining("text");
    assertThatThrownBy(() -> Image.of("ftp://x", "a")).hasMessageContaining("url");
    assertThatThrownBy(() -> new OpenUrlAction("t", "javascript:alert(1)"))
        .hasMessageContaining("url");
    assertThatThrownBy(() -> new FactSet(List.of())).hasMessageContaining("facts");
    assertThatThrownBy(() -> new ColumnSet(List.of())).hasMessageContaining("columns");
    assertThatThrownBy(() -> AdaptiveCard.builder().version("")).hasMessageContaining("version");
  }
}
