/**
 * The emulator's JSON rendering layer (implementation, not a stable API): per-resource renderers
 * that turn store entities into the JSON the API answers, and {@link
 * io.github.webex4j.emulator.render.EventRenderer}, which turns what stores did into the events
 * webhooks deliver and {@code /events} lists. It reads the store and never the HTTP layer.
 */
package io.github.webex4j.emulator.render;
