package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selector thread of an idle JDK HttpClient ends when stopped (see Main). */
class HttpSelectorThreadsTest {

  @Test
  void anIdleClientsSelectorThreadEnds() throws Exception {
    try (WebexEmulator emulator = WebexEmulator.start()) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/people/me"))
                  .header("Authorization", "Bearer " + emulator.adminToken())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      List<Thread> selectors = selectorThreads();
      assertThat(selectors).isNotEmpty();

      HttpSelectorThreads.stop();

      for (Thread selector : selectors) {
        selector.join(Duration.ofSeconds(10).toMillis());
        assertThat(selector.isAlive()).as(selector.getName()).isFalse();
      }
      // An unreachable HttpClient's selector ends by itself: keep this one reachable until here.
      Reference.reachabilityFence(client);
    }
  }

  private static List<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().endsWith("-SelectorManager"))
        .filter(Thread::isAlive)
        .toList();
  }
}
