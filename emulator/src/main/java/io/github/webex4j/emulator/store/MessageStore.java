package io.github.webex4j.emulator.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Creates an empty message from {@code author} in {@code room}; the caller fills it in. */
  public Message create(Room room, Person author) {
    Message message =
        new Message(world.ids().next("MESSAGE"), room.id, author.id, world.timestamps().next());
    byId.put(message.id, message);
    room.lastActivity = message.created;
    return message;
  }

  /** Puts a snapshot's message back. */
  void restore(Message message) {
    byId.put(message.id, message);
  }

  /**
   * Stores an uploaded or linked file (the remaining bytes of {@code data}; large ones spill to the
   * emulator's temporary directory) and returns it.
   */
  public Content addContent(String roomId, String filename, String contentType, ByteBuffer data) {
    return addContent(
        roomId,
        filename,
        contentType,
        data.hasRemaining() ? world.spill().store(data) : Blob.empty());
  }

  /** Stores a file whose bytes are already kept in {@code blob}, which the store now owns. */
  public Content addContent(String roomId, String filename, String contentType, Blob blob) {
    Content content =
        new Content(
            Ids.encode("CONTENT", world.ids().uuid() + "/0"), roomId, filename, contentType, blob);
    contents.put(content.id(), content);
    return content;
  }

  /** The content with {@code id}, if any. */
  public Optional<Content> content(String id) {
    return Optional.ofNullable(id == null ? null : contents.get(id));
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

  /** Deletes a message and its contents. */
  public void delete(Message message) {
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
}
