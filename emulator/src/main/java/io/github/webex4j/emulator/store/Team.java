package io.github.webex4j.emulator.store;

import java.time.Instant;

/** A team. Mutable; guarded by the {@link World} lock. */
public final class Team {
  public final String id;
  public final String uuid;
  public final String creatorId;
  public final Instant created;
  public String name;
  public String description;
  public String generalRoomId;

  Team(String id, String uuid, String creatorId, Instant created) {
    this.id = id;
    this.uuid = uuid;
    this.creatorId = creatorId;
    this.created = created;
  }
}
