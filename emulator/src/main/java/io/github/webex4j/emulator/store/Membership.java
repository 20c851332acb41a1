package io.github.webex4j.emulator.store;

import java.time.Instant;

/** A person's membership of a room. Mutable; guarded by the {@link World} lock. */
public final class Membership {
  public final String id;
  public final String roomId;
  public final String personId;
  public final Instant created;
  public boolean isModerator;
  public boolean isRoomHidden;

  Membership(String id, String roomId, String personId, Instant created) {
    this.id = id;
    this.roomId = roomId;
    this.personId = personId;
    this.created = created;
  }
}
