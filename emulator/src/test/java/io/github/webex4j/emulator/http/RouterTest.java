package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Handler me = r -> ApiResponse.noContent();
  private final Handler byId = r -> ApiResponse.noContent();
  private final Handler login = r -> ApiResponse.noContent();
  private final Router router =
      new Router()
          .get("/people/{personId}", byId)
          .get("/people/me", me)
          .delete("/people/{personId}", byId)
          .anonymous("POST", "/jwt/login", login);

  @Test
  void literalSegmentsBeatParameters() {
    Router.Match match = router.match("GET", List.of("people", "me")).orElseThrow();
    assertThat(match.handler()).isSameAs(me);
    Router.Match other = router.match("GET", List.of("people", "abc")).orElseThrow();
    assertThat(other.handler()).isSameAs(byId);
    assertThat(other.params()).containsEntry("personId", "abc");
    assertThat(other.anonymous()).isFalse();
  }

  @Test
  void wrongMethodListsAllowedMethodsAndUnknownPathsAreEmpty() {
    Router.Match match = router.match("PUT", List.of("people", "abc")).orElseThrow();
    assertThat(match.handler()).isNull();
    assertThat(match.allowed()).containsExactly("DELETE", "GET");
    assertThat(router.match("GET", List.of("people"))).isEmpty();
    assertThat(router.match("GET", List.of("people", ""))).isEmpty();
    assertThat(router.match("GET", List.of("people", "a", "b"))).isEmpty();
  }

  @Test
  void anonymousRoutesAreFlagged() {
    assertThat(router.match("POST", List.of("jwt", "login")).orElseThrow().anonymous()).isTrue();
  }
}
