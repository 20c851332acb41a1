package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Content;
import io.github.webex4j.emulator.store.Membership;
import io.github.webex4j.emulator.store.Message;
import io.github.webex4j.emulator.store.MessageStore;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.World;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /messages}: post (text, markdown, one file by URL or upload, one card, mentions, threads,
 * direct rooms), list, direct list, get, edit and delete; and {@code /contents/{id}}.
 */
public final class MessagesApi implements ApiFamily {
  private final World world;
  private final Settings settings;

  /** Creates the family over {@code world}; {@code settings} gives the upload limit. */
  public MessagesApi(World world, Settings settings) {
    this.world = world;
    this.settings = settings;
  }

  @Override
  public void register(Router router) {
    router
        .get("/messages", this::list)
        .post("/messages", this::create)
        .get("/messages/direct", this::listDirect)
        .get("/messages/{messageId}", this::get)
        .put("/messages/{messageId}", this::edit)
        .delete("/messages/{messageId}", this::delete)
        .get("/contents/{contentId}", this::download)
        .add("HEAD", "/contents/{contentId}", this::download);
  }

  /** The message's JSON; file URLs use {@code baseUrl}. */
  public static ObjectNode render(World world, Message message, String baseUrl) {
    ObjectNode node = Json.object();
    node.put("id", message.id);
    Json.put(node, "parentId", message.parentId);
    node.put("roomId", message.roomId);
    world.rooms.find(message.roomId).ifPresent(room -> node.put("roomType", room.type));
    if (message.toPersonId != null) {
      node.put("toPersonId", message.toPersonId);
      world.people.find(message.toPersonId).ifPresent(p -> node.put("toPersonEmail", p.email));
    }
    Json.put(node, "text", message.text);
    Json.put(node, "markdown", message.markdown);
    Json.put(node, "html", message.html);
    if (!message.contentIds.isEmpty()) {
      ArrayNode files = node.putArray("files");
      message.contentIds.forEach(id -> files.add(baseUrl + "/contents/" + id));
    }
    node.put("personId", message.personId);
    world.people.find(message.personId).ifPresent(p -> node.put("personEmail", p.email));
    if (!message.mentionedPeople.isEmpty()) {
      node.set("mentionedPeople", Json.strings(message.mentionedPeople));
    }
    if (!message.mentionedGroups.isEmpty()) {
      node.set("mentionedGroups", Json.strings(message.mentionedGroups));
    }
    if (message.attachments != null) {
      node.set("attachments", message.attachments.deepCopy());
    }
    Json.put(node, "created", message.created);
    Json.put(node, "updated", message.updated);
    return node;
  }

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    MessageInput input = MessageInput.read(request);
    if (input.destinations() != 1) {
      throw ApiException.badRequest(
          "Message destination could not be determined. Provide only one destination in the"
              + " roomId, toPersonEmail, or toPersonId field");
    }
    checkSize("text", input.text());
    checkSize("markdown", input.markdown());
    if (input.fileCount() > 1) {
      throw ApiException.badRequest("Only one file may be attached per message ('files').");
    }
    boolean noText = isEmpty(input.text()) && isEmpty(input.markdown());
    if (noText && input.fileCount() == 0 && input.attachments() == null) {
      throw ApiException.badRequest("Both text and file cannot be empty.");
    }
    input.fileUrls().forEach(MessagesApi::checkFileUrl);
    Room room = destination(input, caller);
    if (room.isReadOnly) {
      throw ApiException.forbidden("The room is read-only.");
    }
    if (room.isAnnouncementOnly && !world.memberships.isModerator(room.id, caller.id)) {
      throw ApiException.forbidden("Only moderators may post in an announcement-only room.");
    }
    Message parent = input.parentId() == null ? null : parent(input.parentId(), room);
    Message message = world.messages.create(room, caller);
    message.parentId = parent == null ? null : parent.id;
    message.toPersonId = room.isDirect() ? otherParticipant(room, caller.id) : null;
    message.markdown = input.markdown();
    message.html = input.markdown() == null ? null : Mentions.html(world, input.markdown());
    message.text =
        input.text() != null
            ? input.text()
            : input.markdown() == null ? null : Mentions.plain(world, input.markdown());
    Mentions.Parsed mentions = Mentions.parse(world, input.markdown());
    message.mentionedPeople = mentions.people();
    message.mentionedGroups = mentions.groups();
    message.attachments = input.attachments() == null ? null : input.attachments().deepCopy();
    List<String> contents = new ArrayList<>();
    for (String url : input.fileUrls()) {
      contents.add(
          world
              .messages
              .addContent(room.id, fileName(url), guessType(url), ByteBuffer.allocate(0))
              .id());
    }
    for (Multipart.FilePart upload : input.uploads()) {
      if (upload.size() > settings.maxUploadBytes()) {
        throw new ApiException(
            413,
            "The file is too large (limit " + settings.maxUploadBytes() + " bytes).",
            Map.of());
      }
    }
    for (Multipart.FilePart upload : input.uploads()) {
      contents.add(
          world
              .messages
              .addContent(
                  room.id,
                  upload.filename(),
                  upload.contentType(),
                  request.keep(upload, world.spill()))
              .id());
    }
    message.contentIds = List.copyOf(contents);
    publish(message, "created", caller, request.baseUrl());
    return ApiResponse.ok(render(world, message, request.baseUrl()));
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }

  private static void checkSize(String field, String value) {
    if (value != null
        && value.getBytes(StandardCharsets.UTF_8).length > MessageStore.MAX_TEXT_BYTES) {
      throw ApiException.badRequest(
          "Unable to post message to room: \"The request payload is too big\" ('"
              + field
              + "' exceeds "
              + MessageStore.MAX_TEXT_BYTES
              + " bytes)");
    }
  }

  private static void checkFileUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
        throw ApiException.badRequest("Invalid value for 'files': expected an http(s) URL.");
      }
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("Invalid value for 'files': expected an http(s) URL.");
    }
  }

  private static String fileName(String url) {
    String path = URI.create(url).getPath();
    String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    return name.isEmpty() ? "file" : name;
  }

  private static String guessType(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    Map<String, String> types = new LinkedHashMap<>();
    types.put(".png", "image/png");
    types.put(".jpg", "image/jpeg");
    types.put(".jpeg", "image/jpeg");
    types.put(".gif", "image/gif");
    types.put(".pdf", "application/pdf");
    types.put(".txt", "text/plain");
    types.put(".json", "application/json");
    types.put(".log", "text/plain");
    return types.entrySet().stream()
        .filter(e -> lower.endsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("application/octet-stream");
  }

  private Room destination(MessageInput input, Person caller) {
    if (input.roomId() != null) {
      return world.rooms.requireVisible(input.roomId(), caller, false);
    }
    Person other = world.people.requireByIdOrEmail(input.toPersonId(), input.toPersonEmail());
    if (other.id.equals(caller.id)) {
      throw ApiException.badRequest("A direct message cannot be sent to yourself.");
    }
    boolean existed = world.rooms.findDirect(caller.id, other.id).isPresent();
    Room room = world.rooms.directRoom(caller, other);
    if (!existed) {
      for (Membership m : world.memberships.ofRoom(room.id)) {
        MembershipsApi.publishEvent(world, m, "created", caller);
      }
    }
    return room;
  }

  private static String otherParticipant(Room room, String personId) {
    return room.directPair.stream().filter(id -> !id.equals(personId)).findFirst().orElse(null);
  }

  private Message parent(String parentId, Room room) {
    Message parent =
        world
            .messages
            .find(parentId)
            .filter(m -> m.roomId.equals(room.id))
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "Invalid value for 'parentId': no such message in this room."));
    if (parent.parentId != null) {
      throw ApiException.badRequest(
          "Invalid value for 'parentId': replies to a reply are not allowed; reply to the thread's"
              + " first message.");
    }
    return parent;
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String roomId = request.query("roomId");
    if (roomId == null) {
      throw ApiException.badRequest("Required String parameter 'roomId' is not present");
    }
    Room room = world.rooms.requireVisible(roomId, caller, true);
    String mentioned = request.query("mentionedPeople");
    if (mentioned != null && !mentioned.equals("me") && !mentioned.equals(caller.id)) {
      throw ApiException.badRequest(
          "Invalid value for 'mentionedPeople': only 'me' or your own personId.");
    }
    if (caller.isBot() && !room.isDirect() && mentioned == null) {
      throw ApiException.forbidden("Bots must filter group room messages with mentionedPeople=me.");
    }
    String parentId = request.query("parentId");
    Instant before = request.instantQuery("before");
    Message beforeMessage = null;
    String beforeMessageId = request.query("beforeMessage");
    if (beforeMessageId != null) {
      beforeMessage =
          world
              .messages
              .find(beforeMessageId)
              .filter(m -> m.roomId.equals(room.id))
              .orElseThrow(() -> ApiException.badRequest("Invalid value for 'beforeMessage'."));
    }
    Instant cutoff = beforeMessage == null ? before : beforeMessage.created;
    List<Message> result =
        world.messages.ofRoomNewestFirst(room.id).stream()
            .filter(m -> parentId == null || parentId.equals(m.parentId))
            .filter(m -> mentioned == null || m.mentionedPeople.contains(caller.id))
            .filter(m -> cutoff == null || m.created.isBefore(cutoff))
            .toList();
    // [?] No general cap is documented; 1000 is assumed (100 with mentionedPeople, S1).
    int cap = mentioned == null ? 1000 : 100;
    return Paging.respond(
        request, result, m -> m.id, m -> render(world, m, request.baseUrl()), 50, cap);
  }

  private ApiResponse listDirect(ApiRequest request) {
    Person caller = request.caller();
    String personId = request.query("personId");
    String personEmail = request.query("personEmail");
    if ((personId == null) == (personEmail == null)) {
      throw ApiException.badRequest("Exactly one of 'personId' or 'personEmail' is required.");
    }
    Person other = world.people.requireByIdOrEmail(personId, personEmail);
    String parentId = request.query("parentId");
    List<Message> messages =
        world
            .rooms
            .findDirect(caller.id, other.id)
            .map(room -> world.messages.ofRoomNewestFirst(room.id))
            .orElse(List.of());
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    messages.stream()
        .filter(m -> parentId == null || parentId.equals(m.parentId))
        .forEach(m -> items.add(render(world, m, request.baseUrl())));
    return ApiResponse.ok(body);
  }

  private Message visibleMessage(ApiRequest request, boolean complianceMayRead) {
    Person caller = request.caller();
    Message message =
        world
            .messages
            .find(request.pathParam("messageId"))
            .orElseThrow(() -> ApiException.notFound("Unable to get message."));
    boolean member = world.memberships.isMember(message.roomId, caller.id);
    if (!member && !(complianceMayRead && caller.complianceOfficer)) {
      throw ApiException.notFound("Unable to get message.");
    }
    return message;
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(render(world, visibleMessage(request, true), request.baseUrl()));
  }

  private ApiResponse edit(ApiRequest request) {
    Person caller = request.caller();
    Message message = visibleMessage(request, false);
    JsonBody body = request.json();
    String roomId = body.requiredString("roomId");
    String text = body.optString("text");
    String markdown = body.optString("markdown");
    if (!roomId.equals(message.roomId)) {
      throw ApiException.badRequest("Invalid value for 'roomId': the message is not in this room.");
    }
    if (!message.personId.equals(caller.id)) {
      throw ApiException.forbidden("Only the author can edit a message.");
    }
    if (message.hasFileOrCard()) {
      throw ApiException.badRequest(
          "Editing a message with a file or card attachment is not supported (feature"
              + " unsupported).");
    }
    if (isEmpty(text) && isEmpty(markdown)) {
      throw ApiException.badRequest("'text' or 'markdown' is required.");
    }
    checkSize("text", text);
    checkSize("markdown", markdown);
    if (message.editCount >= MessageStore.MAX_EDITS) {
      throw ApiException.badRequest(
          "The message has been edited " + MessageStore.MAX_EDITS + " times (edit limit reached).");
    }
    message.editCount++;
    message.markdown = markdown;
    message.html = markdown == null ? null : Mentions.html(world, markdown);
    message.text = text != null ? text : Mentions.plain(world, markdown);
    Mentions.Parsed mentions = Mentions.parse(world, markdown);
    message.mentionedPeople = mentions.people();
    message.mentionedGroups = mentions.groups();
    message.updated = world.timestamps().next();
    publish(message, "updated", caller, request.baseUrl());
    return ApiResponse.ok(render(world, message, request.baseUrl()));
  }

  /**
   * [?] Delete rules are not in the spec: the author may delete; so may a moderator of a locked
   * room and a compliance officer.
   */
  private ApiResponse delete(ApiRequest request) {
    Person caller = request.caller();
    Message message = visibleMessage(request, true);
    Room room = world.rooms.require(message.roomId);
    boolean author = message.personId.equals(caller.id);
    boolean moderator = room.isLocked && world.memberships.isModerator(room.id, caller.id);
    if (!author && !moderator && !caller.complianceOfficer) {
      throw ApiException.forbidden("Only the author or a moderator can delete this message.");
    }
    world.messages.delete(message);
    publish(message, "deleted", caller, request.baseUrl());
    return ApiResponse.noContent();
  }

  private ApiResponse download(ApiRequest request) {
    Person caller = request.caller();
    Content content =
        world
            .messages
            .content(request.pathParam("contentId"))
            .filter(
                c -> world.memberships.isMember(c.roomId(), caller.id) || caller.complianceOfficer)
            .orElseThrow(() -> ApiException.notFound("The requested resource could not be found."));
    String quoted = content.filename().replace("\\", "_").replace("\"", "_");
    return ApiResponse.blob(200, content.contentType(), content.blob())
        .header("Content-Disposition", "attachment; filename=\"" + quoted + "\"");
  }

  private void publish(Message message, String type, Person actor, String baseUrl) {
    ObjectNode full = render(world, message, baseUrl);
    ObjectNode data = Json.object();
    data.put("id", message.id);
    data.put("roomId", message.roomId);
    Json.put(data, "parentId", message.parentId);
    data.put("roomType", full.path("roomType").asText());
    data.put("personId", message.personId);
    Json.put(data, "personEmail", full.path("personEmail").asText(null));
    if (full.has("mentionedPeople")) {
      data.set("mentionedPeople", full.get("mentionedPeople").deepCopy());
    }
    if (full.has("files")) {
      data.set("files", full.get("files").deepCopy());
    }
    Json.put(data, "created", message.created);
    Json.put(data, "updated", message.updated);
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("roomId", List.of(message.roomId));
    attributes.put("roomType", List.of(full.path("roomType").asText()));
    attributes.put("personId", List.of(message.personId));
    attributes.put("personEmail", List.of(full.path("personEmail").asText("")));
    attributes.put("mentionedPeople", message.mentionedPeople);
    attributes.put("hasFiles", List.of(Boolean.toString(!message.contentIds.isEmpty())));
    Events.publish(world, "messages", type, actor, message.roomId, data, full, attributes);
  }
}
