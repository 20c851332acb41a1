/**
 * The emulator's HTTP layer (implementation, not a stable API): the JDK server front end ({@link
 * io.github.webex4j.emulator.http.EmulatorServer}), routing, bearer auth, JSON bodies, Webex error
 * bodies, {@code Link} paging, multipart parsing, the control API, and one {@code *Api} class per
 * resource family, registered in {@link io.github.webex4j.emulator.http.Families}.
 */
package io.github.webex4j.emulator.http;
