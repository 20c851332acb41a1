/**
 * Implementation of the client: transport, retries, JSON, paging, configuration sources. Not API:
 * anything here may change in any release, and no type from here appears in a public signature of
 * the API packages (held by {@code ArchitectureTest}).
 */
package io.github.webex4j.internal;
