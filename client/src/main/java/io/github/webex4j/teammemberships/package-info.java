/**
 * Team memberships: {@link io.github.webex4j.teammemberships.TeamMemberships}, {@link
 * io.github.webex4j.teammemberships.TeamMembership}.
 */
package io.github.webex4j.teammemberships;
