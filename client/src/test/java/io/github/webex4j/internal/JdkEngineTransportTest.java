package io.github.webex4j.internal;

import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;

/** The transport suite over the JDK {@code HttpClient} engine. */
class JdkEngineTransportTest extends TransportContractTest {
  @Override
  HttpEngineFactory engine() {
    return HttpEngines.jdkHttpClient();
  }
}
