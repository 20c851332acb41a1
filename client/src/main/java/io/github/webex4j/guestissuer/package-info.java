/**
 * Guest issuer: {@link io.github.webex4j.guestissuer.GuestJwt} signs guest tokens, {@link
 * io.github.webex4j.guestissuer.GuestIssuer} exchanges them for access tokens.
 */
@NullMarked
package io.github.webex4j.guestissuer;

import org.jspecify.annotations.NullMarked;
