package io.github.webex4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.WebexClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

/** The control API of an emulator running in another process ({@code /_emulator/...}). */
final class Emulator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final String origin;
  private final String adminToken;
  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * @param origin {@code http://127.0.0.1:PORT}
   */
  Emulator(String origin, String adminToken) {
    this.origin = origin;
    this.adminToken = adminToken;
  }

  /** {@code http://127.0.0.1:PORT/v1}. */
  String baseUrl() {
    return origin + "/v1";
  }

  /** A person with an access token. */
  record Person(String id, String email, String token) {}

  Person createPerson(String email) throws IOException, InterruptedException {
    String body = MAPPER.writeValueAsString(Map.of("email", email, "displayName", email));
    JsonNode node = MAPPER.readTree(send("POST", "/_emulator/people", body));
    return new Person(
        node.path("person").path("id").asText(),
        node.path("person").path("emails").path(0).asText(email),
        node.path("token").asText());
  }

  /** Limits requests with {@code token} to {@code perSecond} (0 removes the limit). */
  void rateLimit(String token, int perSecond) throws IOException, InterruptedException {
    String body = MAPPER.writeValueAsString(Map.of("token", token, "requestsPerSecond", perSecond));
    send("PUT", "/_emulator/rate-limit", body);
  }

  /** Adds a fault in the control API's JSON form ({@code {"kind":"status","status":503,...}}). */
  void addFault(Map<String, Object> fault) throws IOException, InterruptedException {
    send("POST", "/_emulator/faults", MAPPER.writeValueAsString(fault));
  }

  /** Removes every scripted fault. */
  void clearFaults() throws IOException, InterruptedException {
    send("DELETE", "/_emulator/faults", null);
  }

  /** Empties the emulator's request log (it keeps recent requests in memory). */
  void clearRequestLog() throws IOException, InterruptedException {
    send("DELETE", "/_emulator/requests", null);
  }

  /** A webex4j client for {@code person}, ignoring the machine's environment. */
  WebexClient client(Person person) {
    return WebexClient.builder()
        .accessToken(person.token())
        .baseUrl(baseUrl())
        .environment(Map.of())
        .build();
  }

  private String send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(origin + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + adminToken)
            .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(method + " " + path + " -> " + response.statusCode());
    }
    return response.body();
  }
}
