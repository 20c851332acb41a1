package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.MessageRenderer;
import io.github.webex4j.emulator.store.Blob;
import io.github.webex4j.emulator.store.Content;
import io.github.webex4j.emulator.store.Message;
import io.github.webex4j.emulator.store.MessageStore;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.World;
import java.net.URI;
import java.net.URISyntaxException;
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

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    MessageInput input = MessageInput.read(request);
    if (input.destinations() != 1) {
      throw ApiException.badRequest(
          "Message destination could not be determined. Provide only one destination in the"
              + " roomId, toPersonEmail, or toPersonId field");
    }
    MessageStore.checkSize("text", input.text());
    MessageStore.checkSize("markdown", input.markdown());
    if (input.fileCount() > 1) {
      throw ApiException.badRequest("Only one file may be attached per message ('files').");
    }
    boolean noText = isEmpty(input.text()) && isEmpty(input.markdown());
    if (noText && input.fileCount() == 0 && input.attachments() == null) {
      throw ApiException.badRequest("Both text and file cannot be empty.");
    }
    input.fileUrls().forEach(MessagesApi::checkFileUrl);
    for (Multipart.FilePart upload : input.uploads()) {
      if (upload.size() > settings.maxUploadBytes()) {
        throw new ApiException(
            413,
            "The file is too large (limit " + settings.maxUploadBytes() + " bytes).",
            Map.of());
      }
    }
    List<MessageStore.NewFile> files = new ArrayList<>();
    for (String url : input.fileUrls()) {
      files.add(new MessageStore.NewFile(fileName(url), guessType(url), Blob::empty));
    }
    for (Multipart.FilePart upload : input.uploads()) {
      files.add(
          new MessageStore.NewFile(
              upload.filename(), upload.contentType(), () -> request.keep(upload, world.spill())));
    }
    String text =
        input.text() != null
            ? input.text()
            : input.markdown() == null ? null : Mentions.plain(world, input.markdown());
    Message message =
        world.messages.post(
            caller,
            new MessageStore.MessageDraft(
                input.roomId(),
                input.toPersonId(),
                input.toPersonEmail(),
                input.parentId(),
                words(text, input.markdown()),
                input.attachments() == null ? null : input.attachments().deepCopy(),
                files));
    return ApiResponse.ok(MessageRenderer.render(world, message, request.baseUrl()));
  }

  /** The stored words of a message with {@code text} (plain) and {@code markdown}. */
  private MessageStore.Words words(String text, String markdown) {
    Mentions.Parsed mentions = Mentions.parse(world, markdown);
    return new MessageStore.Words(
        text,
        markdown,
        markdown == null ? null : Mentions.html(world, markdown),
        mentions.people(),
        mentions.groups());
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
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

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String roomId = request.query("roomId");
    if (roomId == null) {
      throw ApiException.badRequest("Required String parameter 'roomId' is not present");
    }
    Room room = world.rooms.visibleTo(caller, roomId);
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
        request,
        result,
        m -> m.id,
        m -> MessageRenderer.render(world, m, request.baseUrl()),
        50,
        cap);
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
        .forEach(m -> items.add(MessageRenderer.render(world, m, request.baseUrl())));
    return ApiResponse.ok(body);
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(
        MessageRenderer.render(
            world,
            world.messages.visibleTo(request.caller(), request.pathParam("messageId")),
            request.baseUrl()));
  }

  private ApiResponse edit(ApiRequest request) {
    Person caller = request.caller();
    Message message = world.messages.inRoomOf(caller, request.pathParam("messageId"));
    JsonBody body = request.json();
    String roomId = body.requiredString("roomId");
    String text = body.optString("text");
    String markdown = body.optString("markdown");
    if (isEmpty(text) && isEmpty(markdown)) {
      throw ApiException.badRequest("'text' or 'markdown' is required.");
    }
    MessageStore.checkSize("text", text);
    MessageStore.checkSize("markdown", markdown);
    String plain = text != null ? text : Mentions.plain(world, markdown);
    world.messages.edit(message, caller, roomId, words(plain, markdown));
    return ApiResponse.ok(MessageRenderer.render(world, message, request.baseUrl()));
  }

  /** Deletes a message ({@link MessageStore#delete(String, Person)} holds the rules). */
  private ApiResponse delete(ApiRequest request) {
    world.messages.delete(request.pathParam("messageId"), request.caller());
    return ApiResponse.noContent();
  }

  private ApiResponse download(ApiRequest request) {
    Content content =
        world.messages.contentVisibleTo(request.caller(), request.pathParam("contentId"));
    String quoted = content.filename().replace("\\", "_").replace("\"", "_");
    return ApiResponse.blob(200, content.contentType(), content.blob())
        .header("Content-Disposition", "attachment; filename=\"" + quoted + "\"");
  }
}
