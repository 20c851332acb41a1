/**
 * The local Webex REST API emulator. Exports its entry package only ({@code WebexEmulator}, its
 * JUnit 5 extension, faults, recorded requests); the HTTP layer, the store and webhook delivery
 * stay hidden. JSON is handled as Jackson trees, so nothing is opened to reflection.
 */
module io.github.webex4j.emulator {
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires jdk.httpserver;
  requires static transitive org.junit.jupiter.api;

  exports io.github.webex4j.emulator;
}
