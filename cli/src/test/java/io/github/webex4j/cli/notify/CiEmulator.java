package io.github.webex4j.cli.notify;

import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.util.Map;

/**
 * Test fixture of the notify tests: a started emulator, the CI bot's person and a client acting as
 * it (no real waits between retries).
 */
record CiEmulator(WebexEmulator emulator, EmulatedPerson ci, WebexClient webex) {
  static CiEmulator start(String ciEmail) {
    WebexEmulator emulator = WebexEmulator.start();
    EmulatedPerson ci = emulator.createPerson(ciEmail, "CI");
    WebexClient webex =
        WebexClient.builder()
            .accessToken(ci.token())
            .baseUrl(emulator.baseUri().toString())
            .environment(Map.of())
            .sleeper(d -> {})
            .build();
    return new CiEmulator(emulator, ci, webex);
  }
}
