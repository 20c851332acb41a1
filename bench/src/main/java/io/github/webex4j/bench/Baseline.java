package io.github.webex4j.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The smallest reasonable hand-written client: the same JDK HttpClient and Jackson as webex4j, no
 * retries, no error mapping, no tracking ids. The comparison point for per-call overhead.
 */
final class Baseline {
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final JavaType messagePage =
      mapper.getTypeFactory().constructParametricType(Items.class, BaselineMessage.class);
  private final String baseUrl;
  private final String authorization;

  Baseline(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + token;
  }

  /** A room as webex4j's {@code Room} has it (enum as text). */
  record BaselineRoom(
      String id,
      String title,
      String type,
      Boolean isLocked,
      String teamId,
      Instant lastActivity,
      String creatorId,
      Instant created,
      String ownerId,
      String classificationId,
      Boolean isAnnouncementOnly,
      Boolean isReadOnly,
      Boolean isPublic,
      Instant madePublic,
      String description) {}

  /** A message with the fields webex4j's {@code Message} has (attachments as raw JSON). */
  record BaselineMessage(
      String id,
      String parentId,
      String roomId,
      String roomType,
      String toPersonId,
      String toPersonEmail,
      String text,
      String markdown,
      String html,
      List<String> files,
      String personId,
      String personEmail,
      List<String> mentionedPeople,
      List<String> mentionedGroups,
      List<Object> attachments,
      Instant created,
      Instant updated,
      Boolean isVoiceClip) {}

  /** The list envelope. */
  record Items<T>(List<T> items) {}

  BaselineRoom room(String id) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(URI.create(baseUrl + "/rooms/" + id));
    return mapper.readValue(response.body(), BaselineRoom.class);
  }

  /**
   * The same GET as webex4j sends it: a per-request timeout (which makes the JDK client register a
   * timer and wake its selector thread on every request) and the client's extra headers.
   */
  BaselineRoom roomAsSentByWebex4j(String id) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/rooms/" + id))
            .timeout(Duration.ofSeconds(60))
            .header("User-Agent", "baseline")
            .header("TrackingID", "baseline_" + UUID.randomUUID() + "_1")
            .header("Accept", "application/json")
            .header("Accept-Encoding", "gzip")
            .header("Authorization", authorization)
            .GET()
            .build();
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET /rooms/" + id + " -> " + response.statusCode());
    }
    return mapper.readValue(response.body(), BaselineRoom.class);
  }

  /** The same GET on {@code HttpURLConnection} (JDK keep-alive cache), for the light engine. */
  BaselineRoom roomViaUrlConnection(String id) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(baseUrl + "/rooms/" + id).toURL().openConnection();
    connection.setRequestProperty("Authorization", authorization);
    connection.setRequestProperty("Accept", "application/json");
    if (connection.getResponseCode() != 200) {
      throw new IOException("GET /rooms/" + id + " -> " + connection.getResponseCode());
    }
    try (InputStream in = connection.getInputStream()) {
      return mapper.readValue(in.readAllBytes(), BaselineRoom.class);
    }
  }

  /** Streams every message of a room, page by page; returns how many there were. */
  long countMessages(String roomId, int pageSize) throws IOException, InterruptedException {
    URI next = URI.create(baseUrl + "/messages?roomId=" + roomId + "&max=" + pageSize);
    long count = 0;
    long textLength = 0;
    while (next != null) {
      HttpResponse<byte[]> response = get(next);
      Items<BaselineMessage> page = mapper.readValue(response.body(), messagePage);
      for (BaselineMessage message : page.items()) {
        count++;
        textLength += message.text() == null ? 0 : message.text().length();
      }
      next = nextLink(response).map(URI::create).orElse(null);
    }
    return textLength >= 0 ? count : -1;
  }

  private static Optional<String> nextLink(HttpResponse<?> response) {
    for (String value : response.headers().allValues("link")) {
      Matcher matcher = NEXT.matcher(value);
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri.getPath() + " -> " + response.statusCode());
    }
    return response;
  }
}
