package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paging assertions shared by contract tests. */
final class Paths {
  private Paths() {}

  /**
   * Follows {@code Link: rel="next"} from {@code firstPath} and returns all items; asserts every
   * page has at most {@code max} items and that at least {@code minPages} pages were read.
   */
  static List<JsonNode> pageAll(Api api, String firstPath, int max, int minPages) {
    List<JsonNode> all = new ArrayList<>();
    Optional<String> next = Optional.of(firstPath);
    int pages = 0;
    while (next.isPresent()) {
      Api.Resp resp = api.get(next.get());
      assertThat(resp.status()).isEqualTo(200);
      List<JsonNode> items = resp.items();
      assertThat(items.size()).isLessThanOrEqualTo(max);
      all.addAll(items);
      pages++;
      next = resp.next();
      next.ifPresent(url -> assertThat(url).startsWith("http://127.0.0.1:"));
      assertThat(pages).isLessThan(1000);
    }
    assertThat(pages).isGreaterThanOrEqualTo(minPages);
    return all;
  }

  /** The {@code id} fields of {@code items}. */
  static List<String> ids(List<JsonNode> items) {
    return items.stream().map(n -> n.path("id").asText()).toList();
  }
}
