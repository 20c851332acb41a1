package io.github.webex4j.teammemberships;

import java.time.Instant;

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
 */
public record TeamMembership(
    String id,
    String teamId,
    String personId,
    String personEmail,
    String personDisplayName,
    String personOrgId,
    Boolean isModerator,
    Instant created) {}
