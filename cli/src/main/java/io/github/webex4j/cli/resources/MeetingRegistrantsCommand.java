package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.meetings.MeetingRegistrantCreateParams;
import io.github.webex4j.meetings.MeetingRegistrantListParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex meetings registrants register|list|get|delete}. */
@Command(
    name = "registrants",
    description = "Registrants of a meeting or webinar with registration (series ids).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex meetings registrants register MEETING_ID --first-name Ana --last-name Lima"
          + " --email ana@example.com",
      "  webex meetings registrants list MEETING_ID -o json"
    })
public final class MeetingRegistrantsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS =
      List.of("registrantId", "email", "firstName", "lastName", "status", "registrationTime");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        MeetingRegistrantsCommand.Register.class,
        MeetingRegistrantsCommand.ListRegistrants.class,
        MeetingRegistrantsCommand.GetRegistrant.class,
        MeetingRegistrantsCommand.DeleteRegistrant.class);
  }

  @Command(
      name = "register",
      description = "Register a person.",
      footerHeading = "%nExamples:%n",
      footer =
          "  webex meetings registrants register MEETING_ID --first-name Ana --last-name Lima"
              + " --email ana@example.com --send-email")
  static final class Register extends ApiCommand {
    @Parameters(paramLabel = "MEETING_ID", description = "Meeting (series) id.")
    private String meetingId;

    @Option(names = "--first-name", required = true, description = "First name.")
    private String firstName;

    @Option(names = "--last-name", required = true, description = "Last name.")
    private String lastName;

    @Option(names = "--email", required = true, description = "Email address.")
    private String email;

    @Option(names = "--job-title", description = "Job title.")
    private String jobTitle;

    @Option(names = "--company", description = "Company name.")
    private String company;

    @Option(names = "--send-email", description = "Let Webex email the registrant.")
    private boolean sendEmail;

    @Override
    public Integer call() {
      MeetingRegistrantCreateParams.Builder params =
          MeetingRegistrantCreateParams.builder()
              .firstName(firstName)
              .lastName(lastName)
              .email(email)
              .jobTitle(jobTitle)
              .companyName(company);
      if (sendEmail) {
        params.sendEmail(true);
      }
      return show(webex().meetings().registrants().register(meetingId, params.build()));
    }
  }

  @Command(
      name = "list",
      description = "List a meeting's registrants, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings registrants list MEETING_ID --email ana@example.com")
  static final class ListRegistrants extends ApiCommand {
    @Mixin private ListOptions options;

    @Parameters(paramLabel = "MEETING_ID", description = "Meeting (series) id.")
    private String meetingId;

    @Option(names = "--email", description = "Only this registrant.")
    private String email;

    @Option(names = "--host", paramLabel = "EMAIL", description = "Host (admins).")
    private String hostEmail;

    @Override
    public Integer call() {
      MeetingRegistrantListParams params =
          new MeetingRegistrantListParams(options.pageSize(), email, null, null, null, hostEmail);
      return list(webex().meetings().registrants().list(meetingId, params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one registrant.",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings registrants get MEETING_ID REGISTRANT_ID")
  static final class GetRegistrant extends ApiCommand {
    @Parameters(index = "0", paramLabel = "MEETING_ID", description = "Meeting (series) id.")
    private String meetingId;

    @Parameters(index = "1", paramLabel = "REGISTRANT_ID", description = "Registrant id.")
    private String registrantId;

    @Override
    public Integer call() {
      return show(webex().meetings().registrants().get(meetingId, registrantId));
    }
  }

  @Command(
      name = "delete",
      description = "Remove a registrant.",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings registrants delete MEETING_ID REGISTRANT_ID")
  static final class DeleteRegistrant extends ApiCommand {
    @Parameters(index = "0", paramLabel = "MEETING_ID", description = "Meeting (series) id.")
    private String meetingId;

    @Parameters(index = "1", paramLabel = "REGISTRANT_ID", description = "Registrant id.")
    private String registrantId;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(
          notFound,
          "registrant",
          registrantId,
          () -> webex().meetings().registrants().delete(meetingId, registrantId));
    }
  }
}
