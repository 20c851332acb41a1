package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WireValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
  enum Sort implements WireValue {
    LAST_ACTIVITY;

    @Override
    public String wireValue() {
      return "lastactivity";
    }
  }

  enum Type {
    GROUP
  }

  @Test
  void encodesReservedCharactersSpacesAndUnicode() {
    String encoded =
        Query.create()
            .add("email", "ana+test@example.com")
            .add("displayName", "Ana & Bo Åström")
            .add("q", "a=b?c#d/e")
            .encoded();

    assertThat(encoded)
        .isEqualTo(
            "email=ana%2Btest%40example.com&displayName=Ana%20%26%20Bo%20%C3%85str%C3%B6m"
                + "&q=a%3Db%3Fc%23d%2Fe");
  }

  @Test
  void skipsNullsAndEmptyCollectionsKeepsOrder() {
    Query query =
        Query.create().add("a", null).add("b", 1).add("c", List.of()).add("d", List.of("x", "y z"));

    assertThat(query.encoded()).isEqualTo("b=1&d=x%2Cy%20z");
    assertThat(Query.create().add("a", null).isEmpty()).isTrue();
  }

  @Test
  void formatsEnumsInstantsAndBooleans() {
    String encoded =
        Query.create()
            .add("sortBy", Sort.LAST_ACTIVITY)
            .add("type", Type.GROUP)
            .add("from", Instant.parse("2026-01-02T03:04:05Z"))
            .add("flag", true)
            .encoded();

    assertThat(encoded)
        .isEqualTo("sortBy=lastactivity&type=group&from=2026-01-02T03%3A04%3A05Z&flag=true");
  }

  @Test
  void pathsEncodeIdsAndRejectBlank() {
    assertThat(Paths.of("team/memberships", "a/b+c d")).isEqualTo("team/memberships/a%2Fb%2Bc%20d");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Paths.of("rooms", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
