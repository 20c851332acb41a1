package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.store.Blob;
import io.github.webex4j.emulator.store.SpillDirectory;
import io.github.webex4j.emulator.store.World;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Throwables a handler lets escape still get an answer, and the exchange is always closed. */
class EmulatorServerFailureTest {
  private static final String TOKEN = "failure-test-admin-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static World world;
  private static EmulatorServer server;
  private static Blob vanished;

  @BeforeAll
  static void start() throws IOException {
    world =
        new World(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
            UUID::randomUUID,
            TOKEN,
            "admin@example.com");
    vanished = world.spill().store(ByteBuffer.allocate(SpillDirectory.MEMORY_LIMIT + 1));
    vanished.delete();
    Router api =
        new Router()
            .get(
                "/linkage",
                r -> {
                  throw new NoClassDefFoundError("io/github/webex4j/emulator/Rewritten");
                })
            .get(
                "/assertion",
                r -> {
                  throw new AssertionError("invariant broken");
                })
            .get("/vanished", r -> ApiResponse.blob(200, "application/octet-stream", vanished))
            .get("/ok", r -> ApiResponse.noContent());
    server = LocalServer.start(world, api);
  }

  @AfterAll
  static void stop() {
    server.close();
    world.close();
  }

  @Test
  void errorsThrownByHandlersGetAWebexShaped500WithTrackingId() throws Exception {
    for (String path : new String[] {"/linkage", "/assertion"}) {
      HttpResponse<String> response = get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(500);
      JsonNode body = new ObjectMapper().readTree(response.body());
      assertThat(body.path("message").asText()).isEqualTo("Internal emulator error.");
      assertThat(body.path("errors").path(0).path("description").asText())
          .isEqualTo("Internal emulator error.");
      assertThat(body.path("trackingId").asText())
          .isNotEmpty()
          .isEqualTo(response.headers().firstValue("Trackingid").orElseThrow());
    }
    assertThat(get("/ok").statusCode()).isEqualTo(204);
  }

  @Test
  void aStoredFileThatCannotBeReadGetsA500InsteadOfAHungExchange() throws Exception {
    HttpResponse<String> response = get("/vanished");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("Internal emulator error.");
    assertThat(get("/ok").statusCode()).isEqualTo(204);
  }

  /** The timeout only bounds a regression (a hung exchange); passing runs never wait for it. */
  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1" + path))
            .header("Authorization", "Bearer " + TOKEN)
            .timeout(Duration.ofSeconds(10))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
