package io.github.webex4j.cli.notify;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.IoProblems;
import io.github.webex4j.messages.LocalFile;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageEditParams;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Delivers a {@link NotifyPlan}. Outside a thread: one message. In a thread: the first notification
 * becomes the root (a card, or an editable markdown message with {@code update}); later ones are
 * replies, and with {@code update} the root is edited to show the latest status. The root is
 * remembered in the state file and otherwise found by its marker. A log file is uploaded as a reply
 * (a message carries one file, and a card message cannot also carry one). Every message goes
 * through {@code messages().createOnce}: it lands once under faults, and a failure means it is not
 * in the room ({@link io.github.webex4j.DeliveryUnknownException}: the room could not be checked).
 * Performs network I/O; throws {@link io.github.webex4j.WebexException} subclasses.
 */
public final class Notifier {
  static final String CARD_NOT_EDITABLE =
      "The thread's first message is a card, which Webex cannot edit; this status is posted as a"
          + " reply. Pass --update from the first notification on to get an editable root.";

  private final WebexClient webex;
  private final StateFile state;
  private final CiReport report;
  private final MarkerSearch search;

  /**
   * @param webex the client
   * @param state where thread roots are remembered, or null
   * @param report where warnings go
   */
  Notifier(WebexClient webex, StateFile state, CiReport report) {
    this.webex = webex;
    this.state = state;
    this.report = report;
    this.search = new MarkerSearch(webex);
  }

  /** Sends the notification as planned. */
  public NotifyResult send(NotifyPlan plan) {
    if (plan.threadRootId() != null) {
      return continueThread(plan);
    }
    String thread = plan.threadHash();
    if (thread == null) {
      Notification n = withLog(plan, plan.notification().withMarker(single()));
      Message message = post(plan.destination(), null, n, true);
      String log = attachLog(plan, plan.destination().inRoom(message.roomId()), message.id(), null);
      return new NotifyResult(
          message.id(), null, message.roomId(), "single", false, log, n.notes());
    }
    Optional<StateFile.ThreadRoot> root = findRoot(plan.destination(), thread);
    if (root.isEmpty()) {
      Notification n =
          withLog(plan, plan.notification().withMarker(Marker.create(thread, Marker.Role.ROOT)));
      Message message = post(plan.destination(), null, n, !plan.update());
      remember(thread, new StateFile.ThreadRoot(message.roomId(), message.id(), !plan.update()));
      Destination room = plan.destination().inRoom(message.roomId());
      String log = attachLog(plan, room, message.id(), thread);
      return new NotifyResult(
          message.id(), message.id(), message.roomId(), "root", false, log, n.notes());
    }
    return reply(plan, thread, root.get(), plan.destination().inRoom(root.get().roomId()));
  }

  /**
   * {@code --thread-root}: replies in the thread of the given message (its root if it is a reply);
   * the thread is the one named in the root's marker, else one of its own.
   */
  private NotifyResult continueThread(NotifyPlan plan) {
    Message given = webex.messages().get(plan.threadRootId());
    Message root = given.parentId() == null ? given : webex.messages().get(given.parentId());
    String thread =
        MarkerSearch.markerOf(root)
            .map(Marker::thread)
            .orElse(Marker.threadHash("root:" + root.id(), root.roomId()));
    StateFile.ThreadRoot thisRoot =
        new StateFile.ThreadRoot(root.roomId(), root.id(), !root.attachments().isEmpty());
    return reply(plan, thread, thisRoot, Destination.room(root.roomId(), root.roomId()));
  }

  private NotifyResult reply(
      NotifyPlan plan, String thread, StateFile.ThreadRoot thisRoot, Destination room) {
    Notification n = plan.notification().withMarker(Marker.create(thread, Marker.Role.REPLY));
    boolean edited = false;
    if (plan.update()) {
      if (thisRoot.card()) {
        n = n.withNote(CARD_NOT_EDITABLE);
      } else {
        Optional<String> refused = editRoot(plan, thisRoot, thread);
        edited = refused.isEmpty();
        if (refused.isPresent()) {
          n = n.withNote(refused.get());
        }
      }
    }
    n = withLog(plan, n);
    Message reply = post(room, thisRoot.messageId(), n, true);
    String log = attachLog(plan, room, thisRoot.messageId(), thread);
    return new NotifyResult(
        reply.id(), thisRoot.messageId(), reply.roomId(), "reply", edited, log, n.notes());
  }

  private Optional<StateFile.ThreadRoot> findRoot(Destination destination, String thread) {
    if (state != null) {
      try {
        Optional<StateFile.ThreadRoot> remembered = state.load(thread);
        if (remembered.isPresent()) {
          return remembered;
        }
      } catch (IOException e) {
        warn(
            "cannot read the state file "
                + state.path()
                + " ("
                + IoProblems.describe(e)
                + "); searching the room.");
      }
    }
    Optional<StateFile.ThreadRoot> found;
    try {
      found =
          search
              .find(
                  destination, null, m -> thread.equals(m.thread()) && m.role() == Marker.Role.ROOT)
              .filter(f -> f.message().parentId() == null)
              .map(
                  f ->
                      new StateFile.ThreadRoot(
                          f.message().roomId(),
                          f.message().id(),
                          !f.message().attachments().isEmpty()));
    } catch (NotFoundException e) {
      return Optional.empty(); // [?] a person Webex does not know yet: no 1:1 room to search
    } catch (ForbiddenException e) {
      warn(
          "cannot search the room for this run's thread ("
              + e.getMessage()
              + "; bots may only list messages that mention them); this notification starts the"
              + " thread. Keep the state file between steps to stay in one thread.");
      return Optional.empty();
    }
    found.ifPresent(root -> remember(thread, root));
    return found;
  }

  /**
   * Edits the root; the reason as a note if Webex refuses (edit limit, not the author, root
   * deleted...). Authentication, rate-limit and server failures propagate.
   */
  private Optional<String> editRoot(NotifyPlan plan, StateFile.ThreadRoot root, String thread) {
    Notification base = plan.notification();
    Notification latest =
        new Notification(
            base.status(),
            base.title(),
            base.summary(),
            base.facts(),
            base.links(),
            List.of(),
            null,
            null,
            List.of("Latest status; details in the thread."),
            Marker.create(thread, Marker.Role.ROOT));
    String markdown = MarkdownRenderer.render(latest);
    try {
      webex
          .messages()
          .edit(
              root.messageId(),
              new MessageEditParams(root.roomId(), PlainText.of(markdown), markdown));
      return Optional.empty();
    } catch (WebexApiException e) {
      if (e.statusCode() == 401 || e.statusCode() == 429 || e.statusCode() >= 500) {
        throw e;
      }
      return Optional.of(
          "The thread's first message could not be edited ("
              + e.apiMessage()
              + "); this status is posted as a reply.");
    }
  }

  private Message post(Destination destination, String parentId, Notification n, boolean card) {
    return webex.messages().createOnce(params(destination, parentId, n, card).build());
  }

  /** The message for {@code n} (markdown, and the card unless {@code card} is false). */
  static MessageCreateParams.Builder params(
      Destination destination, String parentId, Notification n, boolean card) {
    String markdown = MarkdownRenderer.render(n);
    MessageCreateParams.Builder params =
        MessageCreateParams.builder()
            .roomId(destination.roomId())
            .toPersonEmail(destination.roomId() == null ? destination.personEmail() : null)
            .parentId(parentId)
            .markdown(markdown)
            .text(PlainText.of(markdown));
    if (card) {
      params.card(CardRenderer.render(n));
    }
    return params;
  }

  /** Uploads the log file as a reply to {@code rootId}; its message id, or null. */
  private String attachLog(NotifyPlan plan, Destination room, String rootId, String thread) {
    if (!plan.attachLog() || plan.logFile() == null) {
      return null;
    }
    Marker marker = Marker.create(thread, thread == null ? Marker.Role.SINGLE : Marker.Role.REPLY);
    String name = plan.logFile().getFileName().toString();
    String size;
    try {
      size = Texts.count(Files.size(plan.logFile())) + " bytes";
    } catch (IOException e) {
      warn(
          "cannot read the log file "
              + plan.logFile()
              + " ("
              + IoProblems.describe(e)
              + "); not attached.");
      return null;
    }
    String markdown =
        "\uD83D\uDCCE Full log `" + name + "` (" + size + ")\n\n" + marker.markdownLine();
    LocalFile file;
    try {
      file = LocalFile.of(plan.logFile(), name, "text/plain");
    } catch (IllegalArgumentException e) {
      warn("cannot attach the log file: " + e.getMessage());
      return null;
    }
    MessageCreateParams params =
        MessageCreateParams.builder()
            .roomId(room.roomId())
            .parentId(rootId)
            .markdown(markdown)
            .text(PlainText.of(markdown))
            .file(file)
            .build();
    return webex.messages().createOnce(params).id();
  }

  private Notification withLog(NotifyPlan plan, Notification n) {
    if (plan.logFile() == null) {
      return n;
    }
    try {
      int budget = MarkdownRenderer.logBudget(n);
      return n.withLog(LogTail.read(plan.logFile(), plan.logLines(), budget));
    } catch (IOException e) {
      warn("cannot read the log file " + plan.logFile() + " (" + IoProblems.describe(e) + ").");
      return n.withNote("The log file could not be read.");
    }
  }

  private Marker single() {
    return Marker.create(null, Marker.Role.SINGLE);
  }

  private void remember(String thread, StateFile.ThreadRoot root) {
    if (state == null) {
      return;
    }
    try {
      state.save(thread, root);
    } catch (IOException e) {
      warn(
          "cannot write the state file "
              + state.path()
              + " ("
              + IoProblems.describe(e)
              + "); later notifications"
              + " will search the room for the thread.");
    }
  }

  private void warn(String text) {
    report.warn(text);
  }
}
