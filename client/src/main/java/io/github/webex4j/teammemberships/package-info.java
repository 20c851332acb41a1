/**
 * Team memberships: {@link io.github.webex4j.teammemberships.TeamMemberships}, {@link
 * io.github.webex4j.teammemberships.TeamMembership}.
 */
@NullMarked
package io.github.webex4j.teammemberships;

import org.jspecify.annotations.NullMarked;
