/**
 * Room memberships: {@link io.github.webex4j.memberships.Memberships}, {@link
 * io.github.webex4j.memberships.Membership}.
 */
package io.github.webex4j.memberships;
