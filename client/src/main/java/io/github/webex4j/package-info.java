/**
 * webex4j: a small Java client for the Webex REST API.
 *
 * <p>Start with {@link io.github.webex4j.WebexClient}.
 */
@NullMarked
package io.github.webex4j;

import org.jspecify.annotations.NullMarked;
