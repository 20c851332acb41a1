package io.github.webex4j.internal.http;

import io.github.webex4j.TokenProvider;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;

/**
 * Authentication around one attempt: the token goes only to the configured origin (a {@code Link}
 * or file URL on another host gets none); after a 401 the request is replayed once per call if the
 * provider could refresh the token.
 */
public final class AuthStage {
  private final URI baseUri;
  private final TokenProvider tokens;
  private final ExchangeStage exchange;

  /**
   * @param baseUri the configured API base; its scheme, host and port are the origin
   * @param tokens source of the bearer token
   * @param exchange the next stage
   */
  public AuthStage(URI baseUri, TokenProvider tokens, ExchangeStage exchange) {
    this.baseUri = baseUri;
    this.tokens = tokens;
    this.exchange = exchange;
  }

  Answer send(Call call) throws IOException, InterruptedException {
    boolean sameOrigin = sameOrigin(call.uri());
    String token = sameOrigin ? tokens.token() : null;
    Answer answer = exchange.exchange(call, token);
    if (answer.status() == 401
        && token != null
        && call.claimReplayAfter401()
        && tokens.refreshAfterUnauthorized(token)) {
      exchange.log().log(Level.INFO, () -> call + " -> 401, token refreshed, replaying");
      return exchange.exchange(call, tokens.token());
    }
    return answer;
  }

  /** True if {@code uri} has the configured base URL's scheme, host and port. */
  boolean sameOrigin(URI uri) {
    return baseUri.getScheme().equalsIgnoreCase(uri.getScheme())
        && baseUri.getHost() != null
        && baseUri.getHost().equalsIgnoreCase(uri.getHost())
        && ConnectFailures.port(baseUri) == ConnectFailures.port(uri);
  }

  /** The client's log. */
  System.Logger log() {
    return exchange.log();
  }
}
