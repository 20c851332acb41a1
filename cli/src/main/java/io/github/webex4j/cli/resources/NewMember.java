package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.People;
import picocli.CommandLine.Option;

/** {@code --person} and {@code --moderator} of the commands that add a member (a mixin). */
final class NewMember {
  @Option(names = "--person", required = true, paramLabel = "EMAIL|ID", description = "Who.")
  private String person;

  @Option(names = "--moderator", description = "Make them a moderator.")
  private Boolean moderator;

  /** The person, as id or email. */
  People.Ref person() {
    return People.ref(person);
  }

  /** True if {@code --moderator} was given, else null (not sent). */
  Boolean moderator() {
    return moderator;
  }
}
