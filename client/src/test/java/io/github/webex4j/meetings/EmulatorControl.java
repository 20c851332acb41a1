package io.github.webex4j.meetings;

import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.internal.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Test helper: calls to the in-process emulator's {@code /_emulator} API. */
public final class EmulatorControl {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private EmulatorControl() {}

  /**
   * POSTs JSON to {@code /_emulator/<path>} with the admin token.
   *
   * @return the parsed JSON answer, or null for an empty body
   * @throws AssertionError if the status is not 2xx
   */
  public static Object post(WebexEmulator emulator, String path, String json) {
    String origin = emulator.baseUri().toString().replaceFirst("/v1/?$", "");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(origin + "/_emulator/" + path))
            .header("Authorization", "Bearer " + emulator.adminToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(path + " -> " + response.statusCode() + " " + response.body());
      }
      return response.body().isEmpty() ? null : Json.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
