/**
 * Room memberships: {@link io.github.webex4j.memberships.Memberships}, {@link
 * io.github.webex4j.memberships.Membership}.
 */
@NullMarked
package io.github.webex4j.memberships;

import org.jspecify.annotations.NullMarked;
