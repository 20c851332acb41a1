/**
 * Guest issuer: {@link io.github.webex4j.guestissuer.GuestJwt} signs guest tokens, {@link
 * io.github.webex4j.guestissuer.GuestIssuer} exchanges them for access tokens.
 */
package io.github.webex4j.guestissuer;
