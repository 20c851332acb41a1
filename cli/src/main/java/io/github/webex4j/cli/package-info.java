/**
 * The {@code webex} command line: {@link io.github.webex4j.cli.WebexCommand} is the root; shared
 * plumbing for subcommands lives in {@link io.github.webex4j.cli.ApiCommand}, {@link
 * io.github.webex4j.cli.Output}, {@link io.github.webex4j.cli.Lookup} and {@link
 * io.github.webex4j.cli.ExitCodes}.
 */
package io.github.webex4j.cli;
