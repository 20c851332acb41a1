package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.List;

/** A posted message. Mutable (edits); guarded by the {@link World} lock. */
public final class Message {
  public final String id;
  public final String roomId;
  public final String personId;
  public final Instant created;
  public String parentId;

  /** For messages in direct rooms: the other participant. */
  public String toPersonId;

  public String text;
  public String markdown;

  /** The rendered {@code html} of {@link #markdown} (computed on write), or null. */
  public String html;

  public List<String> contentIds = List.of();

  /** The one adaptive card as sent, or null. */
  public ArrayNode attachments;

  public List<String> mentionedPeople = List.of();
  public List<String> mentionedGroups = List.of();
  public Instant updated;
  public int editCount;

  Message(String id, String roomId, String personId, Instant created) {
    this.id = id;
    this.roomId = roomId;
    this.personId = personId;
    this.created = created;
  }

  /** True when the message carries a file or a card, which makes it uneditable. */
  public boolean hasFileOrCard() {
    return !contentIds.isEmpty() || attachments != null;
  }
}
