package io.github.webex4j;

/** A fixed token. Package-private: created through {@link TokenProvider#of(String)}. */
final class StaticTokenProvider implements TokenProvider {
  private final String token;

  StaticTokenProvider(String token) {
    this.token = token;
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return "TokenProvider[static, token redacted]";
  }
}
