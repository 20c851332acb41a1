package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void findsQuotedNextAmongSeveralLinks() {
    String header =
        "<https://webexapis.com/v1/people?max=10&before&after=Y2lz>; rel=\"first\","
            + " <https://webexapis.com/v1/people?cursor=abc,def;x=1&max=10>; rel=\"next\"";

    assertThat(LinkHeader.next(List.of(header)))
        .contains("https://webexapis.com/v1/people?cursor=abc,def;x=1&max=10");
  }

  @Test
  void acceptsBareRelAndRelLists() {
    assertThat(LinkHeader.next(List.of("<https://a/x?p=1>; rel=next"))).contains("https://a/x?p=1");
    assertThat(LinkHeader.next(List.of("<https://a/y>; title=\"a, b; c\"; rel=\"last next\"")))
        .contains("https://a/y");
    assertThat(LinkHeader.next(List.of("<https://a/z>;REL=\"NEXT\""))).contains("https://a/z");
  }

  @Test
  void searchesEveryHeaderValue() {
    assertThat(
            LinkHeader.next(
                List.of("<https://a/prev>; rel=\"prev\"", "<https://a/next>; rel=\"next\"")))
        .contains("https://a/next");
  }

  @Test
  void ignoresOtherRelsAndGarbage() {
    assertThat(LinkHeader.next(List.of("<https://a/p>; rel=\"prev\""))).isEmpty();
    assertThat(LinkHeader.next(List.of("<https://a/p>; rel=\"nextpage\""))).isEmpty();
    assertThat(LinkHeader.next(List.of("garbage", "<unterminated; rel=next", ""))).isEmpty();
    assertThat(LinkHeader.next(List.of())).isEmpty();
  }
}
