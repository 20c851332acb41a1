/**
 * Implementation of the client: transport, paging, multipart, configuration sources. Not API:
 * anything here may change in any release, and no type from here appears in a public signature of
 * the API packages (held by {@code ArchitectureTest}).
 *
 * <p>Layers, each depending only on those below it (held by {@code ArchitectureTest}): {@code
 * internal.services} and {@code internal.bulk} (the resource interfaces' implementations) over this
 * package and {@code internal.http} (the request pipeline: auth, retry, exchange, error mapping)
 * over {@code internal.util} (checks, JSON, redaction), which the resource packages use too.
 */
package io.github.webex4j.internal;
