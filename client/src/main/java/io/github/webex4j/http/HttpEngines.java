package io.github.webex4j.http;

import io.github.webex4j.internal.http.JdkHttpEngine;
import io.github.webex4j.internal.http.UrlConnectionEngine;

/** The engines shipped with the client. */
public final class HttpEngines {
  private HttpEngines() {}

  /**
   * The JDK {@code java.net.http.HttpClient}: connection pool, HTTP/2 where the server offers it.
   * The default, best for long-lived processes and concurrent calls.
   */
  public static HttpEngineFactory jdkHttpClient() {
    return JdkHttpEngine::new;
  }

  /**
   * A light blocking engine on {@link java.net.HttpURLConnection} (HTTP/1.1, the JDK's keep-alive
   * cache): loads far fewer classes, so a short-lived process (a CLI call, a CI step) starts
   * faster. {@code PATCH}, which {@code HttpURLConnection} cannot send, goes through a JDK {@code
   * HttpClient} created on first use.
   */
  public static HttpEngineFactory urlConnection() {
    return UrlConnectionEngine::new;
  }
}
