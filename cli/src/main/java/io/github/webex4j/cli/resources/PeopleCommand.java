package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.people.PersonCreateParams;
import io.github.webex4j.people.PersonListParams;
import io.github.webex4j.people.PersonUpdateParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex people me|list|get|create|update|delete}. */
@Command(
    name = "people",
    description = "People: you, and the people of your org (/people).",
    footerHeading = "%nExamples:%n",
    footer = {"  webex people me", "  webex people list --email ana@example.com"})
public final class PeopleCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS = List.of("id", "emails", "displayName", "type", "status");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        PeopleCommand.Me.class,
        PeopleCommand.ListPeople.class,
        PeopleCommand.GetPerson.class,
        PeopleCommand.CreatePerson.class,
        PeopleCommand.UpdatePerson.class,
        PeopleCommand.DeletePerson.class);
  }

  @Command(
      name = "me",
      description = "Show who the token belongs to.",
      footerHeading = "%nExamples:%n",
      footer = {"  webex people me", "  webex people me -o json"})
  static final class Me extends ApiCommand {
    @Override
    public Integer call() {
      return show(webex().people().me());
    }
  }

  @Command(
      name = "list",
      description =
          "Find people by email, display name prefix or ids (one is required by Webex"
              + " unless you are an admin).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex people list --email ana@example.com",
        "  webex people list --display-name An --limit 10"
      })
  static final class ListPeople extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--email", description = "Exact email.")
    private String email;

    @Option(names = "--display-name", paramLabel = "PREFIX", description = "Display name prefix.")
    private String displayName;

    @Option(names = "--id", paramLabel = "ID", split = ",", description = "Person ids.")
    private List<String> ids;

    @Option(names = "--org", paramLabel = "ORG_ID", description = "Organization (admins).")
    private String orgId;

    @Override
    public Integer call() {
      PersonListParams params =
          new PersonListParams(
              email, displayName, ids, orgId, null, null, null, null, options.pageSize());
      return list(webex().people().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one person.",
      footerHeading = "%nExamples:%n",
      footer = "  webex people get PERSON_ID")
  static final class GetPerson extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Person id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().people().get(id));
    }
  }

  @Command(
      name = "create",
      description = "Create a person in your org (admins).",
      footerHeading = "%nExamples:%n",
      footer = "  webex people create --email ana@example.com --display-name \"Ana Lopez\"")
  static final class CreatePerson extends ApiCommand {
    @Option(names = "--email", required = true, description = "Email.")
    private String email;

    @Option(names = "--display-name", description = "Display name.")
    private String displayName;

    @Option(names = "--first-name", description = "First name.")
    private String firstName;

    @Option(names = "--last-name", description = "Last name.")
    private String lastName;

    @Override
    public Integer call() {
      PersonCreateParams params =
          PersonCreateParams.builder()
              .email(email)
              .displayName(displayName)
              .firstName(firstName)
              .lastName(lastName)
              .build();
      return show(webex().people().create(params));
    }
  }

  @Command(
      name = "update",
      description = "Change a person's names (admins); other fields are kept.",
      footerHeading = "%nExamples:%n",
      footer = "  webex people update PERSON_ID --display-name \"Ana L.\"")
  static final class UpdatePerson extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Person id.")
    private String id;

    @Option(names = "--display-name", description = "Display name.")
    private String displayName;

    @Option(names = "--first-name", description = "First name.")
    private String firstName;

    @Option(names = "--last-name", description = "Last name.")
    private String lastName;

    @Override
    public Integer call() {
      PersonUpdateParams.Builder params = PersonUpdateParams.builder(webex().people().get(id));
      if (displayName != null) {
        params.displayName(displayName);
      }
      if (firstName != null) {
        params.firstName(firstName);
      }
      if (lastName != null) {
        params.lastName(lastName);
      }
      return show(webex().people().update(id, params.build()));
    }
  }

  @Command(
      name = "delete",
      description = "Delete a person (admins).",
      footerHeading = "%nExamples:%n",
      footer = "  webex people delete PERSON_ID")
  static final class DeletePerson extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Person id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "person", id, () -> webex().people().delete(id));
    }
  }
}
