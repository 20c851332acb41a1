package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.FilePart;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.RawResponse;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.messages.DirectMessageListParams;
import io.github.webex4j.messages.FileDownload;
import io.github.webex4j.messages.LocalFile;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageAttachment;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageEditParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.messages.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link Messages} over the transport. */
public final class MessagesService implements Messages {
  private static final String PATH = "messages";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public MessagesService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Message create(MessageCreateParams params) {
    Objects.requireNonNull(params, "params");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("roomId", params.roomId());
    fields.put("toPersonId", params.toPersonId());
    fields.put("toPersonEmail", params.toPersonEmail());
    fields.put("parentId", params.parentId());
    fields.put("text", params.text());
    fields.put("markdown", params.markdown());
    LocalFile file = params.file();
    if (file != null) {
      FilePart part = new FilePart("files", file.path(), file.fileName(), file.contentType());
      return transport.postMultipart(PATH, fields, part, Message.class);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            body.put(name, value);
          }
        });
    if (params.fileUrl() != null) {
      body.put("files", List.of(params.fileUrl()));
    }
    if (params.card() != null) {
      // A map, not a MessageAttachment: the body stays a plain tree (see Json.write).
      Map<String, Object> attachment = new LinkedHashMap<>();
      attachment.put("contentType", MessageAttachment.ADAPTIVE_CARD);
      attachment.put("content", params.card());
      body.put("attachments", List.of(attachment));
    }
    return transport.post(PATH, body, Message.class);
  }

  @Override
  public Message createOnce(MessageCreateParams params) {
    Objects.requireNonNull(params, "params");
    return new OnceDelivery(
            this,
            new PeopleService(transport),
            transport.config().sleeper(),
            transport.config().clock(),
            transport.config().requestTimeout(),
            transport.config().log())
        .create(params);
  }

  @Override
  public Page<Message> list(MessageListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("roomId", params.roomId())
            .add("parentId", params.parentId())
            .add("mentionedPeople", params.mentionedPeople())
            .add("before", params.before())
            .add("beforeMessage", params.beforeMessage())
            .add("max", params.pageSize());
    return transport.list(PATH, query, Message.class);
  }

  @Override
  public Page<Message> listDirect(DirectMessageListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("personId", params.personId())
            .add("personEmail", params.personEmail())
            .add("parentId", params.parentId());
    return transport.list(Paths.of(PATH, "direct"), query, Message.class);
  }

  @Override
  public Message get(String messageId) {
    return transport.get(path(messageId), null, Message.class);
  }

  @Override
  public Message edit(String messageId, MessageEditParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(path(messageId), params, Message.class);
  }

  @Override
  public void delete(String messageId) {
    transport.delete(path(messageId));
  }

  @Override
  public FileDownload download(String fileUrl) {
    RawResponse response = transport.download(contentPath(fileUrl));
    long length = response.header("content-length").map(MessagesService::parseLength).orElse(-1L);
    return new FileDownload(
        ContentDisposition.fileName(response.header("content-disposition").orElse(null)),
        response.header("content-type").orElse(null),
        length,
        response.body());
  }

  @Override
  public Path downloadTo(String fileUrl, Path target) {
    Objects.requireNonNull(target, "target");
    try (FileDownload download = download(fileUrl)) {
      Path file = Files.isDirectory(target) ? target.resolve(download.fileName()) : target;
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".webex4j-", ".part");
      try {
        try (InputStream in = download.body()) {
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the download to " + target + " failed", e);
    }
  }

  private static String contentPath(String fileUrl) {
    Paths.nonBlank(fileUrl, "fileUrl");
    if (fileUrl.startsWith("https://") || fileUrl.startsWith("http://")) {
      return fileUrl;
    }
    return Paths.of("contents", fileUrl);
  }

  private static long parseLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  private static String path(String messageId) {
    return Paths.of(PATH, Paths.nonBlank(messageId, "messageId"));
  }
}
