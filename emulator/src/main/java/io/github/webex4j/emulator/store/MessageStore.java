package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Messages and the file contents uploaded with them. */
public final class MessageStore implements Store {
  /** Largest text or markdown, in UTF-8 bytes. */
  public static final int MAX_TEXT_BYTES = 7439;

  /** How many times a message may be edited. */
  public static final int MAX_EDITS = 10;

  private final World world;
  private final Map<String, Message> byId = new LinkedHashMap<>();
  private final Map<String, Content> contents = new LinkedHashMap<>();

  MessageStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
    contents.values().forEach(c -> c.blob().delete());
    contents.clear();
  }

  /**
   * A message's words as stored: {@code html}, the plain {@code text} and the mentions come from
   * the markdown, which the http layer parses.
   */
  public record Words(
      String text,
      String markdown,
      String html,
      List<String> mentionedPeople,
      List<String> mentionedGroups) {}

  /** A file to attach: its bytes are taken ({@code content}) only once the message is accepted. */
  public record NewFile(String filename, String contentType, Supplier<Blob> content) {}

  /**
   * A new message: one destination ({@code roomId}, else {@code toPersonId} or {@code
   * toPersonEmail} for a direct message), an optional thread {@code parentId}, its words, card
   * {@code attachments} and files.
   */
  public record MessageDraft(
      String roomId,
      String toPersonId,
      String toPersonEmail,
      String parentId,
      Words words,
      ArrayNode attachments,
      List<NewFile> files) {}

  /**
   * {@code author} posts a message; a first direct message creates the direct room. Publishes
   * messages {@code created}.
   *
   * @throws RuleViolation 404 for a room the author is not in or an unknown person; 400 for a
   *     direct message to oneself or a bad thread parent; 403 in a read-only room, or an
   *     announcement-only room the author does not moderate
   */
  public Message post(Person author, MessageDraft draft) {
    Room room = destination(draft, author);
    if (room.isReadOnly) {
      throw RuleViolation.forbidden("The room is read-only.");
    }
    if (room.isAnnouncementOnly && !world.memberships.isModerator(room.id, author.id)) {
      throw RuleViolation.forbidden("Only moderators may post in an announcement-only room.");
    }
    Message parent = draft.parentId() == null ? null : parent(draft.parentId(), room);
    Message message = create(room, author);
    message.parentId = parent == null ? null : parent.id;
    message.toPersonId = room.isDirect() ? otherParticipant(room, author.id) : null;
    write(message, draft.words());
    message.attachments = draft.attachments();
    List<String> contents = new ArrayList<>();
    for (NewFile file : draft.files()) {
      contents.add(
          addContent(room.id, file.filename(), file.contentType(), file.content().get()).id());
    }
    message.contentIds = List.copyOf(contents);
    world.changed("messages", "created", author, message);
    return message;
  }

  private static void write(Message message, Words words) {
    message.markdown = words.markdown();
    message.html = words.html();
    message.text = words.text();
    message.mentionedPeople = words.mentionedPeople();
    message.mentionedGroups = words.mentionedGroups();
  }

  private Room destination(MessageDraft draft, Person author) {
    if (draft.roomId() != null) {
      return world.rooms.joinedBy(author, draft.roomId());
    }
    Person other = world.people.requireByIdOrEmail(draft.toPersonId(), draft.toPersonEmail());
    if (other.id.equals(author.id)) {
      throw RuleViolation.badRequest("A direct message cannot be sent to yourself.");
    }
    return world.rooms.directRoomOf(author, other);
  }

  private static String otherParticipant(Room room, String personId) {
    return room.directPair.stream().filter(id -> !id.equals(personId)).findFirst().orElse(null);
  }

  private Message parent(String parentId, Room room) {
    Message parent =
        find(parentId)
            .filter(m -> m.roomId.equals(room.id))
            .orElseThrow(
                () ->
                    RuleViolation.badRequest(
                        "Invalid value for 'parentId': no such message in this room."));
    if (parent.parentId != null) {
      throw RuleViolation.badRequest(
          "Invalid value for 'parentId': replies to a reply are not allowed; reply to the thread's"
              + " first message.");
    }
    return parent;
  }

  /**
   * Checks a text field against {@link #MAX_TEXT_BYTES}.
   *
   * @throws RuleViolation 400 when it is longer
   */
  public static void checkSize(String field, String value) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
      throw RuleViolation.badRequest(
          "Unable to post message to room: \"The request payload is too big\" ('"
              + field
              + "' exceeds "
              + MAX_TEXT_BYTES
              + " bytes)");
    }
  }

  /**
   * {@code author} edits a message of {@code roomId} (at most {@link #MAX_EDITS} times); publishes
   * messages {@code updated}.
   *
   * @throws RuleViolation 400 for another room, a message with a file or card, or past the edit
   *     limit; 403 for anyone but the author
   */
  public void edit(Message message, Person author, String roomId, Words words) {
    if (!roomId.equals(message.roomId)) {
      throw RuleViolation.badRequest(
          "Invalid value for 'roomId': the message is not in this room.");
    }
    if (!message.personId.equals(author.id)) {
      throw RuleViolation.forbidden("Only the author can edit a message.");
    }
    if (message.hasFileOrCard()) {
      throw RuleViolation.badRequest(
          "Editing a message with a file or card attachment is not supported (feature"
              + " unsupported).");
    }
    if (message.editCount >= MAX_EDITS) {
      throw RuleViolation.badRequest(
          "The message has been edited " + MAX_EDITS + " times (edit limit reached).");
    }
    message.editCount++;
    write(message, words);
    message.updated = world.timestamps().next();
    world.changed("messages", "updated", author, message);
  }

  /**
   * [?] Delete rules are not in the spec: the author may delete; so may a moderator of a locked
   * room and a compliance officer. Publishes messages {@code deleted}.
   *
   * @throws RuleViolation 404 when the actor may not see the message with {@code id} ({@link
   *     #visibleTo}); 403 for anyone else
   */
  public void delete(String id, Person actor) {
    Message message = visibleTo(actor, id);
    Room room = world.rooms.require(message.roomId);
    boolean author = message.personId.equals(actor.id);
    boolean moderator = room.isLocked && world.memberships.isModerator(room.id, actor.id);
    if (!author && !moderator && !actor.complianceOfficer) {
      throw RuleViolation.forbidden("Only the author or a moderator can delete this message.");
    }
    delete(message);
    world.changed("messages", "deleted", actor, message);
  }

  /** Creates an empty message from {@code author} in {@code room}; the caller fills it in. */
  private Message create(Room room, Person author) {
    Message message =
        new Message(world.ids().next("MESSAGE"), room.id, author.id, world.timestamps().next());
    byId.put(message.id, message);
    room.lastActivity = message.created;
    return message;
  }

  /**
   * The message with {@code id} as {@code caller} may read or delete it.
   *
   * @throws RuleViolation 404 unless the caller is a member of its room or a compliance officer
   */
  public Message visibleTo(Person caller, String id) {
    return visible(id, caller, true);
  }

  /**
   * The message with {@code id} as {@code caller} may edit it.
   *
   * @throws RuleViolation 404 unless the caller is a member of its room
   */
  public Message inRoomOf(Person caller, String id) {
    return visible(id, caller, false);
  }

  private Message visible(String id, Person viewer, boolean complianceMayRead) {
    Message message = find(id).orElseThrow(() -> RuleViolation.notFound("Unable to get message."));
    boolean member = world.memberships.isMember(message.roomId, viewer.id);
    if (!member && !(complianceMayRead && viewer.complianceOfficer)) {
      throw RuleViolation.notFound("Unable to get message.");
    }
    return message;
  }

  /** Puts a snapshot's message back. */
  void restore(Message message) {
    byId.put(message.id, message);
  }

  /** Stores a file whose bytes are already kept in {@code blob}, which the store now owns. */
  Content addContent(String roomId, String filename, String contentType, Blob blob) {
    Content content =
        new Content(
            Ids.encode("CONTENT", world.ids().uuid() + "/0"), roomId, filename, contentType, blob);
    contents.put(content.id(), content);
    return content;
  }

  /**
   * The file with {@code id} as {@code caller} may download it.
   *
   * @throws RuleViolation 404 unless the caller is a member of the file's room or a compliance
   *     officer
   */
  public Content contentVisibleTo(Person caller, String id) {
    return Optional.ofNullable(id == null ? null : contents.get(id))
        .filter(c -> world.memberships.isMember(c.roomId(), caller.id) || caller.complianceOfficer)
        .orElseThrow(() -> RuleViolation.notFound("The requested resource could not be found."));
  }

  /** The message with {@code id}, if any. */
  public Optional<Message> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** Messages of {@code roomId}, newest first. */
  public List<Message> ofRoomNewestFirst(String roomId) {
    List<Message> list = new ArrayList<>();
    for (Message m : byId.values()) {
      if (m.roomId.equals(roomId)) {
        list.add(m);
      }
    }
    Collections.reverse(list);
    return list;
  }

  /** Deletes a message and its contents, without an event. */
  private void delete(Message message) {
    byId.remove(message.id);
    for (String id : message.contentIds) {
      Content content = contents.remove(id);
      if (content != null) {
        content.blob().delete();
      }
    }
  }

  void removeRoom(String roomId) {
    byId.values().removeIf(m -> m.roomId.equals(roomId));
    contents
        .values()
        .removeIf(
            c -> {
              boolean gone = c.roomId().equals(roomId);
              if (gone) {
                c.blob().delete();
              }
              return gone;
            });
  }

  /** Every stored file, oldest first (for snapshots). */
  List<Content> contents() {
    return List.copyOf(contents.values());
  }

  /** Puts a snapshot's file back. */
  void restore(Content content) {
    contents.put(content.id(), content);
  }
}
