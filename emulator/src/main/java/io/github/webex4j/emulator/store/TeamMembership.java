package io.github.webex4j.emulator.store;

import java.time.Instant;

/** A person's membership of a team. Mutable; guarded by the {@link World} lock. */
public final class TeamMembership {
  public final String id;
  public final String teamId;
  public final String personId;
  public final Instant created;
  public boolean isModerator;

  TeamMembership(String id, String teamId, String personId, Instant created) {
    this.id = id;
    this.teamId = teamId;
    this.personId = personId;
    this.created = created;
  }
}
