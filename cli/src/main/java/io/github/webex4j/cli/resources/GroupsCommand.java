package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.groups.GroupCreateParams;
import io.github.webex4j.groups.GroupListParams;
import io.github.webex4j.groups.GroupMembersParams;
import io.github.webex4j.groups.GroupUpdateParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex groups list|get|create|update|delete|members} (SCIM groups, admins). */
@Command(
    name = "groups",
    description = "Groups of people in your org (SCIM 2 /groups, admins).",
    footerHeading = "%nExamples:%n",
    footer = {"  webex groups list", "  webex groups create --name Engineers --member PERSON_ID"})
public final class GroupsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS = List.of("id", "displayName", "memberSize", "created");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        GroupsCommand.ListGroups.class,
        GroupsCommand.GetGroup.class,
        GroupsCommand.CreateGroup.class,
        GroupsCommand.UpdateGroup.class,
        GroupsCommand.DeleteGroup.class,
        GroupsCommand.Members.class);
  }

  @Command(
      name = "list",
      description = "List groups, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex groups list --filter 'displayName sw \"Eng\"' -o json")
  static final class ListGroups extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--filter", description = "SCIM filter, e.g. displayName eq \"Engineers\".")
    private String filter;

    @Option(names = "--org", paramLabel = "ORG_ID", description = "Organization.")
    private String orgId;

    @Override
    public Integer call() {
      GroupListParams params =
          new GroupListParams(orgId, filter, null, null, null, null, null, options.pageSize());
      return list(webex().groups().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one group.",
      footerHeading = "%nExamples:%n",
      footer = "  webex groups get GROUP_ID --members")
  static final class GetGroup extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Group id.")
    private String id;

    @Option(names = "--members", description = "Include the members.")
    private boolean members;

    @Override
    public Integer call() {
      return show(webex().groups().get(id, members));
    }
  }

  @Command(
      name = "create",
      description = "Create a group.",
      footerHeading = "%nExamples:%n",
      footer = "  webex groups create --name Engineers --member ID1 --member ID2")
  static final class CreateGroup extends ApiCommand {
    @Option(names = "--name", required = true, description = "Display name.")
    private String name;

    @Option(names = "--member", paramLabel = "PERSON_ID", description = "Members (repeatable).")
    private List<String> members = List.of();

    @Override
    public Integer call() {
      GroupCreateParams params =
          GroupCreateParams.builder().displayName(name).members(members).build();
      return show(webex().groups().create(params));
    }
  }

  @Command(
      name = "update",
      description = "Rename a group, add or remove members.",
      footerHeading = "%nExamples:%n",
      footer = "  webex groups update GROUP_ID --add PERSON_ID --remove OTHER_ID")
  static final class UpdateGroup extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Group id.")
    private String id;

    @Option(names = "--name", description = "New display name.")
    private String name;

    @Option(names = "--add", paramLabel = "PERSON_ID", description = "Add members (repeatable).")
    private List<String> add = List.of();

    @Option(names = "--remove", paramLabel = "PERSON_ID", description = "Remove (repeatable).")
    private List<String> remove = List.of();

    @Override
    public Integer call() {
      GroupUpdateParams.Builder params = GroupUpdateParams.builder();
      if (name != null) {
        params.displayName(name);
      }
      if (!add.isEmpty()) {
        params.addMembers(add);
      }
      remove.forEach(params::removeMember);
      return show(webex().groups().update(id, params.build()));
    }
  }

  @Command(
      name = "delete",
      description = "Delete a group.",
      footerHeading = "%nExamples:%n",
      footer = "  webex groups delete GROUP_ID")
  static final class DeleteGroup extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Group id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "group", id, () -> webex().groups().delete(id));
    }
  }

  @Command(
      name = "members",
      description = "List a group's members, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex groups members GROUP_ID --limit 100")
  static final class Members extends ApiCommand {
    @Mixin private ListOptions options;

    @Parameters(paramLabel = "ID", description = "Group id.")
    private String id;

    @Override
    public Integer call() {
      return list(
          webex().groups().members(id, GroupMembersParams.none()),
          options,
          List.of("id", "displayName", "type"));
    }
  }
}
