package io.github.webex4j.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void notBlankNamesTheField() {
    assertThat(Checks.notBlank("r1", "roomId")).isEqualTo("r1");
    for (String bad : new String[] {null, "", " \t"}) {
      assertThatThrownBy(() -> Checks.notBlank(bad, "roomId"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("roomId must not be blank");
    }
  }

  @Test
  void exactlyOneCountsOnlyNonBlankValues() {
    Checks.exactlyOne("p1", "personId", null, "personEmail");
    Checks.exactlyOne(" ", "personId", "a@example.com", "personEmail");
    for (String[] pair : new String[][] {{null, null}, {"", " "}, {"p1", "a@example.com"}}) {
      assertThatThrownBy(() -> Checks.exactlyOne(pair[0], "personId", pair[1], "personEmail"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exactly one of personId and personEmail is required");
    }
  }

  @Test
  void positiveAllowsNullAndOneUpwards() {
    assertThat(Checks.positive(null, "pageSize")).isNull();
    assertThat(Checks.positive(1, "pageSize")).isEqualTo(1);
    assertThatThrownBy(() -> Checks.positive(0, "pageSize"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be positive");
  }
}
