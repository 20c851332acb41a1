package io.github.webex4j.emulator.store;

/** One resource family's in-memory table. Called only under the {@link World} lock. */
public interface Store {
  /** Forgets everything this store holds (used by reset). */
  void clear();

  /** Adds initial data after the org and its admin exist; called at start and after reset. */
  default void seed() {}
}
