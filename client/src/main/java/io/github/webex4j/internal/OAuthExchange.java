package io.github.webex4j.internal;

import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.http.EngineRequest;
import io.github.webex4j.http.EngineResponse;
import io.github.webex4j.http.EngineSettings;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.RequestBody;
import io.github.webex4j.internal.http.ErrorDecoder;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.internal.util.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code POST /access_token} refresh-token grant, through an {@link HttpEngine}. Thread-safe.
 */
public final class OAuthExchange {
  /** Token answers are small; more than this is not read. */
  private static final int MAX_BODY = 64 * 1024;

  private final URI tokenUri;
  private final String clientId;
  private final String clientSecret;
  private final Duration timeout;
  private final HttpEngine engine;

  /**
   * @param tokenUri the token endpoint
   * @param clientId integration client id
   * @param clientSecret integration client secret
   * @param timeout connect and request timeout
   * @param proxy proxy selector, or null for direct connections
   * @param engines creates the engine the token call goes through (it never follows redirects)
   */
  public OAuthExchange(
      URI tokenUri,
      String clientId,
      String clientSecret,
      Duration timeout,
      ProxySelector proxy,
      HttpEngineFactory engines) {
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.timeout = timeout;
    this.engine = engines.create(new EngineSettings(timeout, Optional.ofNullable(proxy)));
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
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    headers.put("User-Agent", UserAgent.value());
    EngineRequest request =
        new EngineRequest(
            "POST",
            tokenUri,
            headers,
            Optional.of(
                RequestBody.of(
                    "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8))),
            timeout,
            false);
    int status;
    String body;
    String trackingId;
    try (EngineResponse response = engine.execute(request);
        InputStream in = response.body()) {
      status = response.statusCode();
      trackingId = response.header("trackingid").orElse(null);
      body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WebexIoException(
          "POST " + tokenUri + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebexIoException("POST " + tokenUri + " interrupted", e);
    }
    if (status < 200 || status > 299) {
      throw ErrorDecoder.decode(
          status, body, trackingId, null, Redactor.of(refreshToken, clientSecret));
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
