package io.github.webex4j.internal.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/** One-line descriptions of why a connection could not be opened, the same for every engine. */
final class ConnectFailures {
  private ConnectFailures() {}

  /** For example {@code connection refused by 127.0.0.1:1} or {@code unknown host x.invalid}. */
  static String describe(URI uri, Throwable failure) {
    String target = uri.getHost() + ":" + port(uri);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host " + uri.getHost();
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host " + target;
      }
      if (t instanceof ConnectException
          && t.getMessage() != null
          && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")) {
        return "connection refused by " + target;
      }
    }
    if (failure instanceof ConnectException && failure.getMessage() == null) {
      // JDK 17's HttpClient reports a refused connection as ConnectException(null).
      return "connection refused by " + target;
    }
    return "could not connect to " + target + " (" + failure.getClass().getSimpleName() + ")";
  }

  /** {@code 150 ms}, {@code 30 s}, {@code 2.5 s}: a timeout as people write it. */
  static String human(java.time.Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0))
        + " s";
  }

  static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
