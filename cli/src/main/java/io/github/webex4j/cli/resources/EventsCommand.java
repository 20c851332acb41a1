package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.events.EventListParams;
import io.github.webex4j.events.EventResource;
import io.github.webex4j.events.EventType;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex events list|get} (compliance officers). */
@Command(
    name = "events",
    description = "Events: the org's activity log for compliance officers (/events).",
    footerHeading = "%nExamples:%n",
    footer = "  webex events list --resource messages --type created --limit 50")
public final class EventsCommand extends ApiCommand implements CommandGroup {
  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(EventsCommand.ListEvents.class, EventsCommand.GetEvent.class);
  }

  @Command(
      name = "list",
      description = "List events, newest first, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex events list --resource memberships --from 2026-01-01T00:00:00Z")
  static final class ListEvents extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--resource", description = "${COMPLETION-CANDIDATES}")
    private EventResource resource;

    @Option(names = "--type", description = "${COMPLETION-CANDIDATES}")
    private EventType type;

    @Option(names = "--actor", paramLabel = "PERSON_ID", description = "Who acted.")
    private String actorId;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Not before.")
    private Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "Before.")
    private Instant to;

    @Override
    public Integer call() {
      EventListParams params =
          new EventListParams(resource, type, actorId, from, to, null, options.pageSize());
      return list(
          webex().events().list(params),
          options,
          List.of("id", "resource", "type", "actorId", "created"));
    }
  }

  @Command(
      name = "get",
      description = "Show one event with its data.",
      footerHeading = "%nExamples:%n",
      footer = "  webex events get EVENT_ID -o json")
  static final class GetEvent extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Event id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().events().get(id));
    }
  }
}
