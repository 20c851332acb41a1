/**
 * The emulator's in-memory state (implementation, not a stable API): {@link
 * io.github.webex4j.emulator.store.World} composes one store per resource family and holds the
 * single lock under which every request runs, the injected clock and the id source. Stores own the
 * domain rules (they throw {@link io.github.webex4j.emulator.store.RuleViolation}) and report what
 * they did as {@link io.github.webex4j.emulator.store.StoreChange}s, which the render layer turns
 * into published events.
 */
package io.github.webex4j.emulator.store;
