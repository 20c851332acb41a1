package io.github.webex4j.teammemberships;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person's membership in a team. Components may be null when Webex omits them.
 *
 * @param id opaque team membership id
 * @param teamId the team
 * @param personId the member
 * @param personEmail the member's email
 * @param personDisplayName the member's display name
 * @param personOrgId the member's organization
 * @param isModerator whether the member moderates the team
 * @param created when the membership was created
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record TeamMembership(
    @Nullable String id,
    @Nullable String teamId,
    @Nullable String personId,
    @Nullable String personEmail,
    @Nullable String personDisplayName,
    @Nullable String personOrgId,
    @Nullable Boolean isModerator,
    @Nullable Instant created,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public TeamMembership {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public TeamMembership(
      @Nullable String id,
      @Nullable String teamId,
      @Nullable String personId,
      @Nullable String personEmail,
      @Nullable String personDisplayName,
      @Nullable String personOrgId,
      @Nullable Boolean isModerator,
      @Nullable Instant created) {
    this(
        id,
        teamId,
        personId,
        personEmail,
        personDisplayName,
        personOrgId,
        isModerator,
        created,
        Map.of());
  }
}
