package io.github.webex4j.cli.notify;

import io.github.webex4j.ServerException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Posts a message at most once and, barring persistent failures, exactly once. The client does not
 * retry a POST when the server may have acted (5xx, a dropped connection, an unreadable 2xx body);
 * then this class searches the destination's recent messages for the message's marker and only
 * posts again if it is not there. When the search itself fails, it does not post again and reports
 * the original failure: a missing notification is better than a duplicate. [?] A message that Webex
 * stored but does not list yet would be posted twice; no such delay is documented.
 */
final class ExactlyOnce {
  /** Attempts per message, the first included. */
  static final int ATTEMPTS = 3;

  private final WebexClient webex;
  private final MarkerSearch search;
  private final PrintWriter err;

  ExactlyOnce(WebexClient webex, MarkerSearch search, PrintWriter err) {
    this.webex = webex;
    this.search = search;
    this.err = err;
  }

  /**
   * Posts {@code params}, which must carry {@code marker}.
   *
   * @param destination where the message goes (searched after an ambiguous failure)
   * @throws WebexException the last failure if all attempts fail, or the first failure if the
   *     search for the marker fails
   */
  Message post(MessageCreateParams params, Marker marker, Destination destination) {
    WebexException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return webex.messages().create(params);
      } catch (ServerException | WebexIoException | WebexDecodingException e) {
        last = e;
        Optional<MarkerSearch.Found> found;
        try {
          found = search.find(destination, params.parentId(), marker::equals);
        } catch (WebexException searchFailure) {
          e.addSuppressed(searchFailure);
          err.println(
              "webex notify: sending failed and the room could not be checked for the message"
                  + " ("
                  + searchFailure.getMessage()
                  + "); not sending again to avoid a duplicate.");
          throw e;
        }
        if (found.isPresent()) {
          return found.get().message();
        }
        if (attempt < ATTEMPTS) {
          err.println(
              "webex notify: sending failed ("
                  + e.getMessage()
                  + "); not in the room, sending again.");
        }
      }
    }
    throw last;
  }
}
