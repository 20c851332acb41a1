/**
 * A local Webex REST API emulator for offline tests: in memory, on 127.0.0.1, with the Webex rules,
 * a control API and fault injection.
 *
 * <pre>{@code
 * try (WebexEmulator emu = WebexEmulator.start()) {
 *   EmulatedPerson ana = emu.createPerson("ana@example.com", "Ana");
 *   emu.faults().add(Fault.status(503).method("POST").pathPrefix("/messages"));
 *   // call emu.baseUri() with "Authorization: Bearer " + ana.token()
 *   assertThat(emu.requests()).isNotEmpty();
 * }
 * }</pre>
 *
 * <p>Public types: {@link io.github.webex4j.emulator.WebexEmulator} (start, builder, people and
 * tokens, reset), {@link io.github.webex4j.emulator.WebexEmulatorExtension} (JUnit 5), {@link
 * io.github.webex4j.emulator.Faults} and {@link io.github.webex4j.emulator.Fault}, {@link
 * io.github.webex4j.emulator.RecordedRequest}, {@link io.github.webex4j.emulator.WebhookDelivery},
 * and {@link io.github.webex4j.emulator.EmulatorMain} for the standalone jar. The {@code http},
 * {@code store} and {@code webhook} subpackages are the implementation and may change.
 */
package io.github.webex4j.emulator;
