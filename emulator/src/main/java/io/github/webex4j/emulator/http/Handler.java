package io.github.webex4j.emulator.http;

/** Answers one routed request. Runs under the world lock; throws {@link ApiException} to fail. */
@FunctionalInterface
public interface Handler {
  /** Handles {@code request}. */
  ApiResponse handle(ApiRequest request);
}
