package io.github.webex4j.cli;

import java.util.List;

/**
 * A command whose subcommands are registered on demand (see {@link WebexCommand}): when the command
 * line names one of them, only that one is built, so picocli never reflects over the others'
 * classes and options, which is a measurable part of a short command's start.
 */
public interface CommandGroup {
  /** The subcommand classes ({@code @Command}-annotated), in the order help lists them. */
  List<Class<?>> subcommands();
}
