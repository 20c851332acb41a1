package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.WebexEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /_emulator/requests}: bounded, paged with Link, streamed. */
class RequestLogContractTest {
  private static WebexEmulator emu;
  private static Api api;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().requestLog(5, 1024 * 1024).start();
    api = new Api(emu);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @Test
  void pagesFollowLinkAndTheDroppedAreCounted() {
    emu.clearRequests();
    for (int i = 1; i <= 7; i++) {
      assertThat(api.get("/rooms?n=" + i).status()).isEqualTo(200);
    }
    List<String> queries = new ArrayList<>();
    Api.Resp page = api.get(origin() + "/_emulator/requests?max=2");
    assertThat(page.header("Transfer-Encoding")).as("streamed").isEqualToIgnoringCase("chunked");
    assertThat(page.json().path("dropped").asLong()).isEqualTo(2);
    while (true) {
      assertThat(page.status()).isEqualTo(200);
      page.items().forEach(item -> queries.add(item.path("query").asText()));
      Optional<String> next = page.next();
      if (next.isEmpty()) {
        break;
      }
      assertThat(next.get()).startsWith(origin() + "/_emulator/requests?max=2&after=");
      page = api.get(next.get());
    }
    assertThat(queries).containsExactly("n=3", "n=4", "n=5", "n=6", "n=7");
    assertThat(emu.droppedRequests()).isEqualTo(2);
  }

  @Test
  void anUnpagedReadGetsEveryEntryWithItsSequence() {
    emu.clearRequests();
    api.post("/rooms", "{\"title\":\"logged\"}");
    List<JsonNode> items = api.get(origin() + "/_emulator/requests").items();
    assertThat(items).hasSize(1);
    JsonNode item = items.get(0);
    assertThat(item.path("sequence").asLong()).isPositive();
    assertThat(item.path("method").asText()).isEqualTo("POST");
    assertThat(item.path("body").asText()).contains("logged");
    assertThat(item.path("headers").path("Content-type").get(0).asText())
        .isEqualTo("application/json");
    assertThat(item.path("personId").asText()).isEqualTo(emu.admin().id());
  }

  @Test
  void badPagingParametersGet400() {
    assertThat(api.get(origin() + "/_emulator/requests?max=0").status()).isEqualTo(400);
    assertThat(api.get(origin() + "/_emulator/requests?max=x").status()).isEqualTo(400);
    assertThat(api.get(origin() + "/_emulator/requests?after=-1").status()).isEqualTo(400);
  }

  private static String origin() {
    return "http://127.0.0.1:" + emu.port();
  }
}
