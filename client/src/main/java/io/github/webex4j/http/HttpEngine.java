package io.github.webex4j.http;

import java.io.IOException;

/**
 * Sends one HTTP request and returns its response: no retries, no redirects followed, no
 * authentication of its own, no decompression (the client asks for gzip and decodes it). The client
 * calls it from many threads at once; implementations must be thread-safe.
 *
 * <p>The client relies on the engine to tell apart a request that never reached the server from one
 * whose outcome is unknown, since only the first may be sent again without risk of a duplicate (see
 * {@link NotSentException}).
 */
public interface HttpEngine {
  /**
   * Sends {@code request}.
   *
   * @return the response; the caller closes it
   * @throws NotSentException if the request certainly did not reach the server (no connection could
   *     be opened: refused, unknown host, connect timeout, TLS handshake failure)
   * @throws ResponseTimeoutException if the response headers did not arrive within {@link
   *     EngineRequest#timeout()}
   * @throws IOException any other failure; the server may or may not have acted on the request
   * @throws InterruptedException if the calling thread was interrupted while waiting
   */
  EngineResponse execute(EngineRequest request) throws IOException, InterruptedException;
}
