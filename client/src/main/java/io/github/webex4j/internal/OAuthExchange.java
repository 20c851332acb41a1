package io.github.webex4j.internal;

import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.internal.http.ErrorDecoder;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.internal.util.Redactor;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The {@code POST /access_token} refresh-token grant. Thread-safe. */
public final class OAuthExchange {
  private final URI tokenUri;
  private final String clientId;
  private final String clientSecret;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param tokenUri the token endpoint
   * @param clientId integration client id
   * @param clientSecret integration client secret
   * @param timeout connect and request timeout
   * @param proxy proxy selector, or null for direct connections
   */
  public OAuthExchange(
      URI tokenUri, String clientId, String clientSecret, Duration timeout, ProxySelector proxy) {
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.timeout = timeout;
    HttpClient.Builder builder =
        HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
    if (proxy != null) {
      builder.proxy(proxy);
    }
    this.http = builder.build();
  }

  /**
   * The result of a refresh.
   *
   * @param accessToken the new access token
   * @param expiresIn its lifetime
   * @param refreshToken a rotated refresh token, or null if Webex kept the old one
   */
  public record Tokens(String accessToken, Duration expiresIn, String refreshToken) {
    @Override
    public String toString() {
      return "Tokens[expiresIn=" + expiresIn + ", values redacted]";
    }
  }

  /**
   * Exchanges {@code refreshToken} for a new access token.
   *
   * @throws io.github.webex4j.WebexApiException on a non-2xx answer (message redacted)
   * @throws WebexIoException on network failure
   * @throws WebexDecodingException if the answer lacks {@code access_token}/{@code expires_in}
   */
  public Tokens refresh(String refreshToken) {
    String form =
        "grant_type=refresh_token&client_id="
            + Query.encode(clientId)
            + "&client_secret="
            + Query.encode(clientSecret)
            + "&refresh_token="
            + Query.encode(refreshToken);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUri)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("User-Agent", UserAgent.value())
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WebexIoException(
          "POST " + tokenUri + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebexIoException("POST " + tokenUri + " interrupted", e);
    }
    String body = response.body();
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw ErrorDecoder.decode(
          status,
          body,
          response.headers().firstValue("trackingid").orElse(null),
          null,
          Redactor.of(refreshToken, clientSecret));
    }
    try {
      Object tree = Json.readTree(body);
      if (!(tree instanceof Map)) {
        throw new IOException("not a JSON object");
      }
      Map<?, ?> map = (Map<?, ?>) tree;
      Object access = map.get("access_token");
      Object expires = map.get("expires_in");
      Object refresh = map.get("refresh_token");
      if (!(access instanceof String) || !(expires instanceof Number)) {
        throw new IOException("access_token or expires_in missing");
      }
      return new Tokens(
          (String) access,
          Duration.ofSeconds(((Number) expires).longValue()),
          refresh instanceof String ? (String) refresh : null);
    } catch (IOException e) {
      throw new WebexDecodingException(
          status, Redactor.redactAll(body, refreshToken, clientSecret), e);
    }
  }

  @Override
  public String toString() {
    return "tokenUrl=" + tokenUri + ", clientId=" + clientId;
  }
}
