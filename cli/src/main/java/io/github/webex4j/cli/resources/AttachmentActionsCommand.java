package io.github.webex4j.cli.resources;

import io.github.webex4j.attachmentactions.AttachmentActionCreateParams;
import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex attachment-actions get|create}: Adaptive Card submissions. */
@Command(
    name = "attachment-actions",
    description = "Attachment actions: submissions of Adaptive Card forms (/attachment/actions).",
    footerHeading = "%nExamples:%n",
    footer = "  webex attachment-actions get ACTION_ID -o json")
public final class AttachmentActionsCommand extends ApiCommand implements CommandGroup {
  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        AttachmentActionsCommand.GetAction.class, AttachmentActionsCommand.CreateAction.class);
  }

  @Command(
      name = "get",
      description = "Show one submission with its inputs.",
      footerHeading = "%nExamples:%n",
      footer = "  webex attachment-actions get ACTION_ID")
  static final class GetAction extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Attachment action id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().attachmentActions().get(id));
    }
  }

  @Command(
      name = "create",
      description = "Submit a card's form as you (mostly for testing bots).",
      footerHeading = "%nExamples:%n",
      footer = "  webex attachment-actions create --message MESSAGE_ID --input vote=yes")
  static final class CreateAction extends ApiCommand {
    @Option(names = "--message", required = true, paramLabel = "ID", description = "Card message.")
    private String messageId;

    @Option(names = "--input", paramLabel = "KEY=VALUE", description = "Form inputs.")
    private Map<String, String> inputs = new LinkedHashMap<>();

    @Override
    public Integer call() {
      return show(
          webex()
              .attachmentActions()
              .create(AttachmentActionCreateParams.submit(messageId, inputs)));
    }
  }
}
