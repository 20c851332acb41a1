package io.github.webex4j.emulator.store;

import java.time.Instant;
import java.util.List;

/** A group or direct room. Mutable; guarded by the {@link World} lock. */
public final class Room {
  public final String id;
  public final String uuid;
  public final String type;
  public final String creatorId;
  public final Instant created;

  /** For direct rooms: the two participants; empty for group rooms. */
  public final List<String> directPair;

  public String title;
  public String teamId;
  public boolean general;
  public boolean isLocked;
  public boolean isAnnouncementOnly;
  public boolean isReadOnly;
  public boolean isPublic;
  public Instant madePublic;
  public String description;
  public String classificationId;
  public Instant lastActivity;

  Room(String id, String uuid, String type, String creatorId, Instant created, List<String> pair) {
    this.id = id;
    this.uuid = uuid;
    this.type = type;
    this.creatorId = creatorId;
    this.created = created;
    this.lastActivity = created;
    this.directPair = List.copyOf(pair);
  }

  /** True for a 1:1 room. */
  public boolean isDirect() {
    return "direct".equals(type);
  }
}
