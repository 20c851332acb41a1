/**
 * The emulator's in-memory state (implementation, not a stable API): {@link
 * io.github.webex4j.emulator.store.World} composes one store per resource family and holds the
 * single lock under which every request runs, the injected clock and the id source.
 */
package io.github.webex4j.emulator.store;
