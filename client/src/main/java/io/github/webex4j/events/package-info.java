/**
 * Compliance events: {@link io.github.webex4j.events.Events}, {@link
 * io.github.webex4j.events.Event}.
 */
@NullMarked
package io.github.webex4j.events;

import org.jspecify.annotations.NullMarked;
