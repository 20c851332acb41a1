package io.github.webex4j.cli.notify;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.Output;
import io.github.webex4j.messages.DirectMessageListParams;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageAttachment;
import io.github.webex4j.messages.MessageListParams;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a notification again by its marker among the most recent messages the caller posted in a
 * room (or a thread), newest first. Reads at most {@link #LIMIT} messages. Bots can only list
 * group-room messages that mention them, so for bot tokens in group rooms Webex refuses the search
 * ({@link io.github.webex4j.ForbiddenException}); callers then rely on the state file.
 */
final class MarkerSearch {
  /** How many recent messages are searched at most. */
  static final int LIMIT = 500;

  private static final int PAGE_SIZE = 100;

  private final WebexClient webex;
  private String myId;

  MarkerSearch(WebexClient webex) {
    this.webex = webex;
  }

  /**
   * The newest message from the caller at {@code destination} (within the thread of {@code
   * parentId}, if given) whose marker matches.
   *
   * @throws io.github.webex4j.WebexException if listing fails
   */
  Optional<Found> find(Destination destination, String parentId, Predicate<Marker> wanted) {
    Iterator<Message> messages = recent(destination, parentId);
    String me = myId();
    for (int seen = 0; seen < LIMIT && messages.hasNext(); seen++) {
      Message message = messages.next();
      if (message.personId() != null && !message.personId().equals(me)) {
        continue;
      }
      Optional<Marker> marker = markerOf(message);
      if (marker.isPresent() && wanted.test(marker.get())) {
        return Optional.of(new Found(message, marker.get()));
      }
    }
    return Optional.empty();
  }

  private Iterator<Message> recent(Destination destination, String parentId) {
    if (destination.roomId() != null) {
      MessageListParams.Builder params =
          MessageListParams.builder().roomId(destination.roomId()).pageSize(PAGE_SIZE);
      if (parentId != null) {
        params.parentId(parentId);
      }
      return webex.messages().list(params.build()).autoPager().iterator();
    }
    DirectMessageListParams params =
        new DirectMessageListParams(null, destination.personEmail(), parentId);
    return webex.messages().listDirect(params).autoPager().iterator();
  }

  private String myId() {
    if (myId == null) {
      myId = webex.people().me().id();
    }
    return myId;
  }

  /** The marker in a message's markdown, text or card, if any. */
  static Optional<Marker> markerOf(Message message) {
    Optional<Marker> marker = Marker.find(message.markdown());
    if (marker.isEmpty()) {
      marker = Marker.find(message.text());
    }
    for (MessageAttachment attachment : message.attachments()) {
      if (marker.isPresent()) {
        break;
      }
      marker = Marker.find(Output.toJson(attachment.content()));
    }
    return marker;
  }

  /** A message found by its marker. */
  record Found(Message message, Marker marker) {}
}
