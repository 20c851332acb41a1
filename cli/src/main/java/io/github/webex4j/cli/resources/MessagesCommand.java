package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CardFile;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.People;
import io.github.webex4j.cli.SavedFile;
import io.github.webex4j.messages.DirectMessageListParams;
import io.github.webex4j.messages.FileDownload;
import io.github.webex4j.messages.LocalFile;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageEditParams;
import io.github.webex4j.messages.MessageListParams;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex messages send|list|list-direct|get|edit|delete|download}. */
@Command(
    name = "messages",
    description = "Messages: send, list, edit and delete (/messages).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex messages send --room \"Dev Room\" --markdown \"**Build green**\"",
      "  webex messages list --room \"Dev Room\" --limit 10"
    })
public final class MessagesCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS = List.of("id", "personEmail", "created", "text");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        MessagesCommand.Send.class,
        MessagesCommand.ListMessages.class,
        MessagesCommand.ListDirect.class,
        MessagesCommand.GetMessage.class,
        MessagesCommand.EditMessage.class,
        MessagesCommand.DeleteMessage.class,
        MessagesCommand.Download.class);
  }

  @Command(
      name = "send",
      aliases = "create",
      description = {
        "Send a message to a room (--room) or a person (--to-person).",
        "Content: --text and/or --markdown, at most one --file (local path or http(s) URL),"
            + " and/or an Adaptive Card (--card FILE.json, with --text as fallback)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex messages send --room \"Dev Room\" --markdown \"Deploy **done**\"",
        "  webex messages send --to-person ana@example.com --text \"Log attached\" --file build.log",
        "  webex messages send --room \"Dev Room\" --text \"Vote\" --card poll.json",
        "  webex messages send --room \"Dev Room\" --parent MESSAGE_ID --text \"Thread reply\""
      })
  static final class Send extends ApiCommand {
    @Option(names = "--room", paramLabel = "ROOM", description = "Room id or exact title.")
    private String room;

    @Option(names = "--to-person", paramLabel = "EMAIL|ID", description = "1:1 message to them.")
    private String toPerson;

    @Option(names = "--text", description = "Plain text (the fallback for cards).")
    private String text;

    @Option(names = "--markdown", description = "Markdown text.")
    private String markdown;

    @Option(names = "--file", paramLabel = "PATH|URL", description = "One file to attach.")
    private String file;

    @Option(names = "--card", paramLabel = "FILE.json", description = "Adaptive Card content.")
    private Path card;

    @Option(names = "--parent", paramLabel = "ID", description = "Reply in this message's thread.")
    private String parent;

    @Override
    public Integer call() {
      MessageCreateParams.Builder params = MessageCreateParams.builder().parentId(parent);
      if (room != null) {
        params.roomId(lookup().roomId(room));
      }
      People.Ref to = People.ref(toPerson);
      params.toPersonId(to.id()).toPersonEmail(to.email());
      params.text(text).markdown(markdown);
      if (file != null && (file.startsWith("https://") || file.startsWith("http://"))) {
        params.fileUrl(file);
      } else if (file != null) {
        params.file(LocalFile.of(Path.of(file)));
      }
      if (card != null) {
        params.card(CardFile.read(card));
      }
      return show(webex().messages().createOnce(params.build()));
    }
  }

  @Command(
      name = "list",
      description = "List a room's messages, newest first, all pages.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex messages list --room \"Dev Room\" --limit 20",
        "  webex messages list --room \"Dev Room\" --mentioned-me --jsonl"
      })
  static final class ListMessages extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(
        names = "--room",
        required = true,
        paramLabel = "ROOM",
        description = "Room id or title.")
    private String room;

    @Option(names = "--parent", paramLabel = "ID", description = "Only replies to this message.")
    private String parent;

    @Option(names = "--mentioned-me", description = "Only messages mentioning you (bots need it).")
    private boolean mentionedMe;

    @Option(
        names = "--before",
        paramLabel = "INSTANT",
        description = "Older than, e.g. 2026-01-31T00:00:00Z.")
    private Instant before;

    @Override
    public Integer call() {
      MessageListParams params =
          new MessageListParams(
              lookup().roomId(room),
              parent,
              mentionedMe ? List.of("me") : null,
              before,
              null,
              options.pageSize());
      return list(webex().messages().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "list-direct",
      description = "List your 1:1 messages with a person.",
      footerHeading = "%nExamples:%n",
      footer = "  webex messages list-direct --person ana@example.com")
  static final class ListDirect extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--person", required = true, paramLabel = "EMAIL|ID", description = "Who.")
    private String person;

    @Option(names = "--parent", paramLabel = "ID", description = "Only replies to this message.")
    private String parent;

    @Override
    public Integer call() {
      People.Ref who = People.ref(person);
      DirectMessageListParams params = new DirectMessageListParams(who.id(), who.email(), parent);
      return list(webex().messages().listDirect(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one message.",
      footerHeading = "%nExamples:%n",
      footer = "  webex messages get MESSAGE_ID -o json")
  static final class GetMessage extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Message id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().messages().get(id));
    }
  }

  @Command(
      name = "edit",
      aliases = "update",
      description = "Replace a message's text (Webex allows 10 edits).",
      footerHeading = "%nExamples:%n",
      footer = "  webex messages edit MESSAGE_ID --markdown \"Build **fixed**\"")
  static final class EditMessage extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Message id.")
    private String id;

    @Option(names = "--text", description = "New plain text.")
    private String text;

    @Option(names = "--markdown", description = "New markdown.")
    private String markdown;

    @Override
    public Integer call() {
      Message current = webex().messages().get(id);
      return show(
          webex().messages().edit(id, new MessageEditParams(current.roomId(), text, markdown)));
    }
  }

  @Command(
      name = "delete",
      description = "Delete a message.",
      footerHeading = "%nExamples:%n",
      footer = "  webex messages delete MESSAGE_ID")
  static final class DeleteMessage extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Message id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "message", id, () -> webex().messages().delete(id));
    }
  }

  @Command(
      name = "download",
      description = {
        "Save the files of a message (or one file URL from its `files`).",
        "Webex scans files for malware first: a file still being scanned is retried as the"
            + " client's retry policy allows; an infected one fails with 410."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex messages download MESSAGE_ID --to downloads/",
        "  webex messages download MESSAGE_ID --to build.log --force",
        "  webex messages download https://webexapis.com/v1/contents/ID --to build.log"
      })
  static final class Download extends ApiCommand {
    @Parameters(paramLabel = "MESSAGE_ID|FILE_URL", description = "Message id, or one file URL.")
    private String source;

    @Option(
        names = "--to",
        paramLabel = "DIR/|FILE",
        description =
            "A directory (DIR/ or an existing one; created if its parent exists; file names from"
                + " the server) or, for one file, a file path. Default: the current directory.")
    private String to;

    @Option(names = "--force", description = "Replace files that already exist.")
    private boolean force;

    @Override
    public Integer call() {
      output().requireNotId("webex messages download");
      List<String> urls =
          source.startsWith("https://") || source.startsWith("http://")
              ? List.of(source)
              : webex().messages().get(source).files();
      if (urls.isEmpty()) {
        throw new CliFailure(ExitCodes.API, "Message " + source + " has no files.");
      }
      DownloadTarget target = DownloadTarget.of(localPath(null), to, urls.size(), force);
      List<SavedFile> saved = new ArrayList<>();
      for (String url : urls) {
        FileDownload download = webex().messages().download(url);
        saved.add(SavedFile.of(target.write(download))); // write closes the body
      }
      output().list(saved, SavedFile.COLUMNS);
      return ExitCodes.OK;
    }
  }
}
