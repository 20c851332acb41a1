package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code POST /messages} body read from JSON, {@code multipart/form-data} or {@code
 * application/x-www-form-urlencoded}, with the field-level checks that need no store.
 */
record MessageInput(
    String roomId,
    String toPersonId,
    String toPersonEmail,
    String parentId,
    String text,
    String markdown,
    List<String> fileUrls,
    List<Multipart.FilePart> uploads,
    ArrayNode attachments) {

  static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";

  /** Reads the body by content type; 415 for other types, 400 for malformed bodies. */
  static MessageInput read(ApiRequest request) {
    String type = request.mediaType();
    if (type == null || type.equals("application/json") || type.endsWith("+json")) {
      return fromJson(request.json());
    }
    if (type.equals("multipart/form-data")) {
      Multipart.Body body = Multipart.parse(request.header("Content-Type"), request.bodyBuffer());
      List<Multipart.FilePart> uploads = new ArrayList<>();
      for (Multipart.FilePart part : body.files()) {
        if (!part.field().equals("files")) {
          throw ApiException.badRequest(
              "Unexpected file part '" + part.field() + "'; files go in the 'files' part.");
        }
        uploads.add(part);
      }
      return fromFields(body.fields(), uploads);
    }
    if (type.equals("application/x-www-form-urlencoded")) {
      return fromFields(FormBody.parse(request.rawBody()), List.of());
    }
    throw new ApiException(415, "Content type '" + type + "' not supported");
  }

  private static MessageInput fromJson(JsonBody body) {
    return new MessageInput(
        body.optString("roomId"),
        body.optString("toPersonId"),
        body.optString("toPersonEmail"),
        body.optString("parentId"),
        body.optString("text"),
        body.optString("markdown"),
        orEmpty(body.optStringList("files")),
        List.of(),
        attachments(body.node().get("attachments")));
  }

  private static MessageInput fromFields(
      Map<String, String> fields, List<Multipart.FilePart> uploads) {
    String attachments = blankToNull(fields.get("attachments"));
    String files = blankToNull(fields.get("files"));
    return new MessageInput(
        blankToNull(fields.get("roomId")),
        blankToNull(fields.get("toPersonId")),
        blankToNull(fields.get("toPersonEmail")),
        blankToNull(fields.get("parentId")),
        fields.get("text"),
        fields.get("markdown"),
        files == null ? List.of() : List.of(files),
        uploads,
        attachments == null
            ? null
            : attachments(JsonCodec.parse(attachments.getBytes(StandardCharsets.UTF_8))));
  }

  private static ArrayNode attachments(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      ArrayNode array = Json.array();
      array.add(node);
      node = array;
    }
    if (!node.isArray()) {
      throw ApiException.badRequest("Invalid value for 'attachments': expected an array.");
    }
    if (node.size() > 1) {
      throw ApiException.badRequest("Only one card may be attached ('attachments').");
    }
    for (JsonNode card : node) {
      if (!card.isObject()
          || !CARD_TYPE.equals(card.path("contentType").asText(null))
          || !card.path("content").isObject()) {
        throw ApiException.badRequest(
            "Invalid value for 'attachments': expected {\"contentType\":\""
                + CARD_TYPE
                + "\",\"content\":{...}}.");
      }
    }
    return node.isEmpty() ? null : (ArrayNode) node;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Number of destinations given. */
  int destinations() {
    return (roomId == null ? 0 : 1)
        + (toPersonId == null ? 0 : 1)
        + (toPersonEmail == null ? 0 : 1);
  }

  /** Number of files given (URLs plus uploads). */
  int fileCount() {
    return fileUrls.size() + uploads.size();
  }

  /** The card, or null. */
  ObjectNode card() {
    return attachments == null ? null : (ObjectNode) attachments.get(0);
  }
}
