package io.github.webex4j.emulator.http;

/** One resource family's HTTP handlers (e.g. rooms). Registered in {@link Families}. */
public interface ApiFamily {
  /** Adds this family's routes to {@code router}. */
  void register(Router router);
}
