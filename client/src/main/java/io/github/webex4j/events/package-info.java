/**
 * Compliance events: {@link io.github.webex4j.events.Events}, {@link
 * io.github.webex4j.events.Event}.
 */
package io.github.webex4j.events;
