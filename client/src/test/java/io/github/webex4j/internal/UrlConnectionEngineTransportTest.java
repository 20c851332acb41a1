package io.github.webex4j.internal;

import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;

/** The transport suite over the {@code HttpURLConnection} engine. */
class UrlConnectionEngineTransportTest extends TransportContractTest {
  @Override
  HttpEngineFactory engine() {
    return HttpEngines.urlConnection();
  }
}
