/**
 * The emulator's HTTP layer (implementation, not a stable API): the JDK server front end ({@link
 * io.github.webex4j.emulator.http.EmulatorServer}) with its filters (body limits, recording,
 * faults, bearer auth, rate limits), routing, JSON bodies, Webex error bodies, {@code Link} paging,
 * multipart parsing, the control API, and one {@code *Api} class per resource family, registered in
 * {@link io.github.webex4j.emulator.http.Families}. Handlers parse the request, call the store
 * (which owns the rules and publishes events) and answer through the {@code render} layer.
 */
package io.github.webex4j.emulator.http;
