/**
 * The leaf of the implementation: argument checks, the JSON mapper and redaction. It depends on
 * nothing in the client but the root package's types, so the resource packages may use it without
 * reaching the transport.
 */
package io.github.webex4j.internal.util;
