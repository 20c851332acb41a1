/** {@code webex <resource> <verb>} commands and {@code webex emulator}. */
package io.github.webex4j.cli.resources;
