package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Raw-HTTP helper for contract tests (JDK HttpClient, not the webex4j client). Every 2xx JSON
 * response under {@code /v1} is validated against the strict OpenAPI document; every error response
 * is checked for the Webex error shape.
 */
public final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiValidator VALIDATOR = OpenApiValidator.strict();
  private static final OpenApiValidator LENIENT = OpenApiValidator.lenient();

  /**
   * The OpenAPI document gives POST, GET-by-id, list and direct-list messages four different
   * schemas (Message, ListMessage, DirectMessage); the live API returns one shape everywhere.
   * Message bodies are therefore validated leniently plus a check that every field is in the union
   * of those schemas.
   */
  private static final java.util.Set<String> MESSAGE_FIELDS =
      java.util.Set.of(
          "id",
          "parentId",
          "roomId",
          "roomType",
          "toPersonId",
          "toPersonEmail",
          "text",
          "markdown",
          "html",
          "files",
          "personId",
          "personEmail",
          "mentionedPeople",
          "mentionedGroups",
          "attachments",
          "created",
          "updated",
          "isVoiceClip");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final WebexEmulator emulator;
  private final String token;
  private final boolean validate;
  private final boolean allow5xx;

  /** A helper calling as the emulator's admin. */
  public Api(WebexEmulator emulator) {
    this(emulator, emulator.adminToken(), true, false);
  }

  private Api(WebexEmulator emulator, String token, boolean validate, boolean allow5xx) {
    this.emulator = emulator;
    this.token = token;
    this.validate = validate;
    this.allow5xx = allow5xx;
  }

  /** The same helper calling with {@code token} (null sends no Authorization header). */
  public Api as(String token) {
    return new Api(emulator, token, validate, allow5xx);
  }

  /** The same helper without OpenAPI validation of 2xx bodies. */
  public Api unvalidated() {
    return new Api(emulator, token, false, allow5xx);
  }

  /** The same helper accepting 5xx answers (for injected faults). */
  public Api allowing5xx() {
    return new Api(emulator, token, validate, true);
  }

  /** A response. */
  public record Resp(int status, HttpResponse<byte[]> raw) {
    /** The body as UTF-8. */
    public String body() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body(), e);
      }
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The next-page URL from {@code Link}, if any. */
    public Optional<String> next() {
      String link = header("Link");
      if (link == null) {
        return Optional.empty();
      }
      int start = link.indexOf('<');
      int end = link.indexOf('>');
      assertThat(link).endsWith("rel=\"next\"");
      return Optional.of(link.substring(start + 1, end));
    }

    /** The {@code items} array. */
    public List<JsonNode> items() {
      List<JsonNode> list = new java.util.ArrayList<>();
      json().path("items").forEach(list::add);
      return list;
    }

    /** The error message of an error body. */
    public String message() {
      return json().path("message").asText();
    }
  }

  /** GET {@code path} (relative to {@code /v1}, or an absolute URL). */
  public Resp get(String path) {
    return send("GET", path, null, null);
  }

  /** POST a JSON body. */
  public Resp post(String path, String json) {
    return send("POST", path, "application/json", bytes(json));
  }

  /** PUT a JSON body. */
  public Resp put(String path, String json) {
    return send("PUT", path, "application/json", bytes(json));
  }

  /** PATCH a JSON body. */
  public Resp patch(String path, String json) {
    return send("PATCH", path, "application/json", bytes(json));
  }

  /** DELETE. */
  public Resp delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** Sends any request; a null body sends none. */
  public Resp send(String method, String path, String contentType, byte[] body) {
    URI uri = uri(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<byte[]> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Resp resp = new Resp(response.statusCode(), response);
    check(method, uri, resp);
    return resp;
  }

  private void check(String method, URI uri, Resp resp) {
    if (!allow5xx) {
      assertThat(resp.status()).as("no 5xx from %s %s", method, uri).isLessThan(500);
    }
    assertThat(resp.header("Trackingid")).isNotBlank();
    if (resp.status() >= 400) {
      JsonNode error = resp.json();
      assertThat(resp.header("Content-Type")).startsWith("application/json");
      assertThat(error.path("message").asText()).isNotBlank();
      assertThat(error.path("errors").path(0).path("description").asText()).isNotBlank();
      assertThat(error.path("trackingId").asText()).isEqualTo(resp.header("Trackingid"));
      return;
    }
    boolean api = uri.getPath().startsWith("/v1/");
    boolean json =
        resp.header("Content-Type") != null
            && resp.header("Content-Type").startsWith("application/json");
    if (validate && api && (json || resp.status() == 204)) {
      if (uri.getPath().startsWith("/v1/messages")) {
        LENIENT.assertValid(method, uri.toString(), resp.status(), resp.body());
        if (resp.status() == 200) {
          JsonNode body = resp.json();
          List<JsonNode> messages = body.has("items") ? resp.items() : List.of(body);
          for (JsonNode message : messages) {
            message.fieldNames().forEachRemaining(f -> assertThat(MESSAGE_FIELDS).contains(f));
          }
        }
      } else {
        VALIDATOR.assertValid(method, uri.toString(), resp.status(), resp.body());
      }
    }
  }

  private URI uri(String path) {
    if (path.startsWith("http://")) {
      return URI.create(path);
    }
    if (path.startsWith("/_emulator")) {
      return URI.create("http://127.0.0.1:" + emulator.port() + path);
    }
    return URI.create(emulator.baseUri() + path);
  }

  private static byte[] bytes(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  /** JSON-quotes {@code value}. */
  public static String q(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
