package io.github.webex4j.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.GoneException;
import io.github.webex4j.LockedException;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.WebexClient;
import io.github.webex4j.cards.AdaptiveCard;
import io.github.webex4j.cards.TextBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact requests of the messages resource and file downloads. */
class MessagesWireTest {
  private static final String MESSAGE =
      "{\"id\":\"m1\",\"roomId\":\"r1\",\"roomType\":\"group\",\"text\":\"hi\","
          + "\"created\":\"2026-01-02T03:04:05.678Z\"}";

  @TempDir Path temp;
  private StubServer stub;
  private RecordingSleeper sleeper;
  private WebexClient webex;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    sleeper = new RecordingSleeper();
    webex = TestClients.builder(stub, sleeper).build();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void markdownToRoomPostsJson() {
    stub.json(200, MESSAGE);

    Message message = webex.messages().create(MessageCreateParams.markdownTo("r1", "**hi**"));

    assertThat(message.created()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/v1/messages");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.bodyText()).isEqualTo("{\"roomId\":\"r1\",\"markdown\":\"**hi**\"}");
  }

  @Test
  void directReplyWithFileUrlPostsAllFields() {
    stub.json(200, MESSAGE);

    webex
        .messages()
        .create(
            MessageCreateParams.builder()
                .toPersonEmail("ana@example.com")
                .parentId("p1")
                .text("see file")
                .fileUrl("https://example.com/a.png")
                .build());

    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"toPersonEmail\":\"ana@example.com\",\"parentId\":\"p1\",\"text\":\"see file\","
                + "\"files\":[\"https://example.com/a.png\"]}");
  }

  @Test
  void cardIsSentAsOneAdaptiveCardAttachment() {
    stub.json(200, MESSAGE);
    AdaptiveCard card = AdaptiveCard.builder().body(TextBlock.of("Build green")).build();

    webex
        .messages()
        .create(MessageCreateParams.builder().roomId("r1").text("Build green").card(card).build());

    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"roomId\":\"r1\",\"text\":\"Build green\",\"attachments\":[{\"contentType\":"
                + "\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\","
                + "\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\",\"version\":\"1.3\","
                + "\"body\":[{\"type\":\"TextBlock\",\"text\":\"Build green\",\"wrap\":true}]}}]}");
  }

  @Test
  void rawCardJsonIsSentUnchanged() {
    stub.json(200, MESSAGE);
    Map<String, Object> raw = Map.of("type", "AdaptiveCard", "version", "1.2", "body", List.of());

    webex
        .messages()
        .create(MessageCreateParams.builder().roomId("r1").markdown("fallback").card(raw).build());

    assertThat(stub.single().bodyText())
        .contains("\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\"")
        .contains("\"version\":\"1.2\"", "\"body\":[]");
  }

  @Test
  void localFileIsPostedAsMultipart() throws IOException {
    stub.json(200, MESSAGE);
    Path file = temp.resolve("report.txt");
    Files.writeString(file, "line 1\nline 2\n");

    webex
        .messages()
        .create(
            MessageCreateParams.builder()
                .roomId("r1")
                .parentId("p1")
                .markdown("**log**")
                .file(LocalFile.of(file, "build \"42\".txt", "text/plain"))
                .build());

    StubServer.Recorded request = stub.single();
    assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
    String boundary =
        request.header("Content-Type").substring("multipart/form-data; boundary=".length());
    assertThat(request.bodyText())
        .isEqualTo(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\nr1\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"parentId\"\r\n\r\np1\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"markdown\"\r\n\r\n**log**\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; "
                + "filename=\"build %2242%22.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "line 1\nline 2\n\r\n--"
                + boundary
                + "--\r\n");
  }

  @Test
  void listSendsAllFilters() {
    stub.json(200, "{\"items\":[" + MESSAGE + "]}");

    webex
        .messages()
        .list(
            MessageListParams.builder()
                .roomId("r1")
                .parentId("p1")
                .mentionedPeople(List.of("me"))
                .before(Instant.parse("2026-01-02T03:04:05Z"))
                .beforeMessage("m0")
                .pageSize(100)
                .build());

    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/messages?roomId=r1&parentId=p1&mentionedPeople=me"
                + "&before=2026-01-02T03%3A04%3A05Z&beforeMessage=m0&max=100");
  }

  @Test
  void listDirectGetEditDelete() {
    stub.json(200, "{\"items\":[" + MESSAGE + "]}")
        .json(200, MESSAGE)
        .json(200, MESSAGE)
        .empty(204);

    assertThat(
            webex
                .messages()
                .listDirect(DirectMessageListParams.byPersonEmail("a@x.com").withParentId("p1"))
                .items())
        .hasSize(1);
    webex.messages().get("m1");
    webex.messages().edit("m1", MessageEditParams.markdown("r1", "fixed"));
    webex.messages().delete("m1");

    List<StubServer.Recorded> requests = stub.requests();
    assertThat(requests.get(0).uri())
        .isEqualTo("/v1/messages/direct?personEmail=a%40x.com&parentId=p1");
    assertThat(requests.get(1).uri()).isEqualTo("/v1/messages/m1");
    assertThat(requests.get(2).method()).isEqualTo("PUT");
    assertThat(requests.get(2).bodyText()).isEqualTo("{\"roomId\":\"r1\",\"markdown\":\"fixed\"}");
    assertThat(requests.get(3).method()).isEqualTo("DELETE");
    assertThat(requests.get(3).uri()).isEqualTo("/v1/messages/m1");
  }

  @Test
  void downloadReadsFileNameFromContentDisposition() throws IOException {
    stub.json(
        200,
        "file body",
        "Content-Disposition",
        "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt; filename=\"x.txt\"");

    try (FileDownload download = webex.messages().download(stub.baseUri() + "/contents/c1")) {
      assertThat(download.fileName()).isEqualTo("résumé.txt");
      assertThat(download.contentLength()).isEqualTo(9);
      assertThat(new String(download.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("file body");
    }
    assertThat(stub.single().uri()).isEqualTo("/v1/contents/c1");
    assertThat(stub.single().header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
  }

  @Test
  void downloadToDirectoryRetries423AfterRetryAfterAndNeutralisesPathNames() throws IOException {
    stub.json(423, "{\"message\":\"File is being scanned\"}", "Retry-After", "3")
        .json(200, "scanned", "Content-Disposition", "attachment; filename=\"../../etc/passwd\"");

    Path written = webex.messages().downloadTo("c1", temp);

    assertThat(written).isEqualTo(temp.resolve("passwd"));
    assertThat(Files.readString(written)).isEqualTo("scanned");
    assertThat(sleeper.waits()).singleElement().matches(w -> TestClients.isRetryAfterWait(w, 3));
    assertThat(stub.requests()).hasSize(2).allMatch(r -> r.uri().equals("/v1/contents/c1"));
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(written);
    }
  }

  @Test
  void downloadToFilePathAndGoneFile() throws IOException {
    stub.json(200, "abc").json(410, "{\"message\":\"infected\",\"trackingId\":\"T1\"}");
    Path target = temp.resolve("out.bin");

    assertThat(webex.messages().downloadTo("c1", target)).isEqualTo(target);
    assertThat(Files.readString(target)).isEqualTo("abc");
    assertThatThrownBy(() -> webex.messages().downloadTo("c2", temp.resolve("bad.bin")))
        .isInstanceOfSatisfying(
            GoneException.class, e -> assertThat(e.trackingId()).isEqualTo("T1"));
    assertThat(temp.resolve("bad.bin")).doesNotExist();
  }

  @Test
  void persistentLockSurfacesAsLockedException() {
    for (int i = 0; i < 10; i++) {
      stub.json(423, "{\"message\":\"scanning\"}", "Retry-After", "1");
    }

    assertThatThrownBy(() -> webex.messages().download("c1")).isInstanceOf(LockedException.class);
    assertThat(sleeper.waits()).isNotEmpty().allMatch(d -> TestClients.isRetryAfterWait(d, 1));
  }

  @Test
  void paramsValidateBeforeAnyRequest() throws IOException {
    String tooLong = "é".repeat(3720); // 7440 UTF-8 bytes, 3720 chars
    Path file = Files.writeString(temp.resolve("f.txt"), "x");
    assertThatThrownBy(() -> MessageCreateParams.textTo("r1", tooLong))
        .hasMessageContaining("text")
        .hasMessageContaining("7439");
    assertThat(MessageCreateParams.textTo("r1", "é".repeat(3719) + "a").text()).isNotNull();
    assertThatThrownBy(() -> MessageCreateParams.markdownTo("r1", tooLong))
        .hasMessageContaining("markdown");
    assertThatThrownBy(
            () ->
                MessageCreateParams.builder()
                    .roomId("r1")
                    .toPersonEmail("a@x.com")
                    .text("x")
                    .build())
        .hasMessageContaining("exactly one of roomId");
    assertThatThrownBy(() -> MessageCreateParams.builder().text("x").build())
        .hasMessageContaining("roomId");
    assertThatThrownBy(() -> MessageCreateParams.builder().roomId("r1").build())
        .hasMessageContaining("text, markdown");
    assertThatThrownBy(
            () ->
                MessageCreateParams.builder()
                    .roomId("r1")
                    .fileUrl("https://x/a")
                    .file(LocalFile.of(file))
                    .build())
        .hasMessageContaining("one file");
    assertThatThrownBy(
            () -> MessageCreateParams.builder().roomId("r1").fileUrl("file:///etc/passwd").build())
        .hasMessageContaining("fileUrl");
    assertThatThrownBy(
            () ->
                MessageCreateParams.builder()
                    .roomId("r1")
                    .card(Map.of("type", "AdaptiveCard"))
                    .build())
        .hasMessageContaining("fallback");
    assertThatThrownBy(
            () ->
                MessageCreateParams.builder()
                    .roomId("r1")
                    .text("t")
                    .file(LocalFile.of(file))
                    .card(Map.of("type", "AdaptiveCard"))
                    .build())
        .hasMessageContaining("local file");
    assertThatThrownBy(() -> LocalFile.of(temp.resolve("missing.txt")))
        .hasMessageContaining("file");
    assertThatThrownBy(() -> MessageEditParams.text(" ", "x")).hasMessageContaining("roomId");
    assertThatThrownBy(() -> MessageEditParams.text("r1", tooLong)).hasMessageContaining("text");
    assertThatThrownBy(() -> MessageListParams.ofRoom(null)).hasMessageContaining("roomId");
    assertThatThrownBy(
            () ->
                MessageListParams.builder()
                    .roomId("r1")
                    .mentionedPeople(List.of("me"))
                    .pageSize(101)
                    .build())
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> new DirectMessageListParams("p", "e", null))
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> webex.messages().get(" ")).hasMessageContaining("messageId");
    assertThatThrownBy(() -> webex.messages().download("")).hasMessageContaining("fileUrl");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void localFileGuessesNameAndType() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "x");

    LocalFile local = LocalFile.of(file);

    assertThat(local.fileName()).isEqualTo("notes.txt");
    assertThat(local.contentType()).isNotBlank();
  }
}
