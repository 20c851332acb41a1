package io.github.webex4j.http;

/** Creates the engine of a client from the client's connection settings. */
@FunctionalInterface
public interface HttpEngineFactory {
  /**
   * Creates the engine that carries all requests of a client.
   *
   * @param settings connect timeout and proxy chosen by the client's builder
   * @return a thread-safe engine, used for the client's lifetime and by clients derived from it
   */
  HttpEngine create(EngineSettings settings);
}
