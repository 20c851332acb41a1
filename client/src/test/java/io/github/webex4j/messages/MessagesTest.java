package io.github.webex4j.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.attachmentactions.AttachmentAction;
import io.github.webex4j.attachmentactions.AttachmentActionCreateParams;
import io.github.webex4j.cards.AdaptiveCard;
import io.github.webex4j.cards.FactSet;
import io.github.webex4j.cards.SubmitAction;
import io.github.webex4j.cards.TextBlock;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Messages, files, threads, cards and attachment actions against the in-process emulator. */
class MessagesTest {
  private static final String MISSING =
      "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw";

  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  @TempDir Path temp;
  private EmulatedPerson ana;
  private EmulatedPerson bob;
  private WebexClient webex;
  private WebexClient bobClient;
  private Room room;

  @BeforeEach
  void setUp() {
    ana = clients.person("Ana");
    bob = clients.person("Bob");
    webex = clients.clientFor(ana);
    bobClient = clients.clientFor(bob);
    room = webex.rooms().create(RoomCreateParams.of("Dev Room"));
    webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), bob.id()));
  }

  @Test
  void postGetEditDelete() {
    Message posted =
        webex.messages().create(MessageCreateParams.markdownTo(room.id(), "**Build** green"));

    assertThat(posted.id()).isNotBlank();
    assertThat(posted.roomId()).isEqualTo(room.id());
    assertThat(posted.roomType()).isEqualTo(RoomType.GROUP);
    assertThat(posted.markdown()).isEqualTo("**Build** green");
    assertThat(posted.personId()).isEqualTo(ana.id());
    assertThat(posted.created()).isNotNull();
    assertThat(posted.updated()).isNull();
    assertThat(bobClient.messages().get(posted.id()).markdown()).isEqualTo("**Build** green");

    Message edited =
        webex.messages().edit(posted.id(), MessageEditParams.markdown(room.id(), "**Build** red"));
    assertThat(edited.markdown()).isEqualTo("**Build** red");
    assertThat(edited.updated()).isNotNull();

    webex.messages().delete(posted.id());
    assertThatThrownBy(() -> webex.messages().get(posted.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void unknownMessageIsNotFoundForEveryVerb() {
    for (Runnable call :
        List.<Runnable>of(
            () -> webex.messages().get(MISSING),
            () -> webex.messages().edit(MISSING, MessageEditParams.text(room.id(), "x")),
            () -> webex.messages().delete(MISSING))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
    }
  }

  @Test
  void onlyTheAuthorMayEditAndNobodyElseMayDelete() {
    Message posted = webex.messages().create(MessageCreateParams.textTo(room.id(), "mine"));

    assertThatThrownBy(
            () -> bobClient.messages().edit(posted.id(), MessageEditParams.text(room.id(), "x")))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isNotBlank());
    assertThatThrownBy(() -> bobClient.messages().delete(posted.id()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void eleventhEditIsRefused() {
    Message posted = webex.messages().create(MessageCreateParams.textTo(room.id(), "v0"));
    for (int i = 1; i <= 10; i++) {
      webex.messages().edit(posted.id(), MessageEditParams.text(room.id(), "v" + i));
    }

    assertThatThrownBy(
            () -> webex.messages().edit(posted.id(), MessageEditParams.text(room.id(), "v11")))
        .isInstanceOf(BadRequestException.class);
    assertThat(webex.messages().get(posted.id()).text()).isEqualTo("v10");
  }

  @Test
  void outsiderCannotPostOrList() {
    WebexClient outsider = clients.clientFor(clients.person("Eve"));

    assertThatThrownBy(
            () -> outsider.messages().create(MessageCreateParams.textTo(room.id(), "hi")))
        .isInstanceOfSatisfying(
            WebexApiException.class, e -> assertThat(e.statusCode()).isIn(403, 404));
    assertThatThrownBy(() -> outsider.messages().list(MessageListParams.ofRoom(room.id())))
        .isInstanceOfSatisfying(
            WebexApiException.class, e -> assertThat(e.statusCode()).isIn(403, 404));
  }

  @Test
  void listsAcrossThreePagesNewestFirst() {
    for (int i = 1; i <= 7; i++) {
      webex.messages().create(MessageCreateParams.textTo(room.id(), "m" + i));
    }

    Page<Message> first =
        webex.messages().list(MessageListParams.builder().roomId(room.id()).pageSize(2).build());
    List<String> texts = first.autoPager().stream().map(Message::text).collect(Collectors.toList());

    assertThat(first.items()).hasSize(2);
    assertThat(first.nextPage().nextPage().hasNextPage()).isTrue();
    assertThat(texts).containsExactly("m7", "m6", "m5", "m4", "m3", "m2", "m1");
    String secondNewest = first.items().get(1).id();
    assertThat(
            webex
                .messages()
                .list(
                    MessageListParams.builder()
                        .roomId(room.id())
                        .beforeMessage(secondNewest)
                        .build())
                .items())
        .extracting(Message::text)
        .containsExactly("m5", "m4", "m3", "m2", "m1");
  }

  @Test
  void threadRepliesAreListedByParent() {
    Message parent = webex.messages().create(MessageCreateParams.textTo(room.id(), "deploy?"));
    bobClient.messages().create(MessageCreateParams.reply(room.id(), parent.id(), "yes"));
    bobClient.messages().create(MessageCreateParams.reply(room.id(), parent.id(), "go"));

    List<Message> replies =
        webex.messages().list(MessageListParams.thread(room.id(), parent.id())).items();

    assertThat(replies).extracting(Message::markdown).containsExactly("go", "yes");
    assertThat(replies).allMatch(m -> parent.id().equals(m.parentId()));
    assertThatThrownBy(
            () ->
                webex
                    .messages()
                    .create(MessageCreateParams.reply(room.id(), replies.get(0).id(), "nested")))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void directMessagesCreateTheOneToOneRoom() {
    Message sent =
        webex.messages().create(MessageCreateParams.markdownToPerson(bob.email(), "psst"));

    assertThat(sent.roomType()).isEqualTo(RoomType.DIRECT);
    assertThat(sent.toPersonId()).isEqualTo(bob.id());
    assertThat(
            bobClient.messages().listDirect(DirectMessageListParams.byPersonId(ana.id())).items())
        .extracting(Message::id)
        .containsExactly(sent.id());
    assertThat(
            webex.messages().listDirect(DirectMessageListParams.byPersonEmail(bob.email())).items())
        .extracting(Message::id)
        .containsExactly(sent.id());
    assertThatThrownBy(
            () ->
                webex
                    .messages()
                    .listDirect(DirectMessageListParams.byPersonEmail("nobody@example.com")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void botsMustListMentionsOnly() {
    EmulatedPerson bot = clients.bot("CiBot");
    webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), bot.id()));
    WebexClient botClient = clients.clientFor(bot);
    webex
        .messages()
        .create(
            MessageCreateParams.markdownTo(room.id(), "<@personId:" + bot.id() + "|CiBot> run"));
    webex.messages().create(MessageCreateParams.textTo(room.id(), "unrelated"));

    assertThatThrownBy(() -> botClient.messages().list(MessageListParams.ofRoom(room.id())))
        .isInstanceOf(ForbiddenException.class);
    List<Message> mentions =
        botClient.messages().list(MessageListParams.mentioningMe(room.id())).items();
    assertThat(mentions)
        .singleElement()
        .satisfies(m -> assertThat(m.mentionedPeople()).containsExactly(bot.id()));
  }

  @Test
  void botPagesThroughMentionsKeepingTheFilterOnEveryPage() {
    EmulatedPerson bot = clients.bot("PagerBot");
    webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), bot.id()));
    for (int i = 1; i <= 4; i++) {
      webex
          .messages()
          .create(
              MessageCreateParams.markdownTo(
                  room.id(), "<@personId:" + bot.id() + "|PagerBot> job " + i));
    }

    Page<Message> first =
        clients
            .clientFor(bot)
            .messages()
            .list(
                MessageListParams.builder()
                    .roomId(room.id())
                    .mentionedPeople(List.of("me"))
                    .pageSize(1)
                    .build());

    assertThat(first.nextCursor())
        .hasValueSatisfying(url -> assertThat(url).contains("mentionedPeople=me"));
    assertThat(first.autoPager().stream().map(Message::text).collect(Collectors.toList()))
        .hasSize(4)
        .allMatch(text -> text.contains("job"));
  }

  @Test
  void cardSubmissionRoundTrip() {
    AdaptiveCard card =
        AdaptiveCard.builder()
            .body(TextBlock.heading("Approve deploy?"), FactSet.of(Map.of("Version", "1.2.3")))
            .action(SubmitAction.of("Approve"))
            .build();
    Message message =
        webex
            .messages()
            .create(
                MessageCreateParams.builder()
                    .roomId(room.id())
                    .text("Approve deploy? (your client cannot show cards)")
                    .card(card)
                    .build());
    assertThat(message.attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.content()).containsEntry("version", "1.3"));

    AttachmentAction action =
        bobClient
            .attachmentActions()
            .create(AttachmentActionCreateParams.submit(message.id(), Map.of("approved", "yes")));
    assertThat(action.messageId()).isEqualTo(message.id());
    assertThat(action.personId()).isEqualTo(bob.id());
    assertThat(webex.attachmentActions().get(action.id()).inputs())
        .containsEntry("approved", "yes");

    AttachmentAction own =
        webex
            .attachmentActions()
            .create(AttachmentActionCreateParams.submit(message.id(), Map.of("approved", "no")));
    assertThat(own.personId()).as("the card's author may submit too [?]").isEqualTo(ana.id());
    assertThatThrownBy(
            () ->
                bobClient
                    .attachmentActions()
                    .create(AttachmentActionCreateParams.submit(MISSING, Map.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> webex.attachmentActions().get(MISSING))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void cardMessagesCannotBeEdited() {
    Message message =
        webex
            .messages()
            .create(
                MessageCreateParams.builder()
                    .roomId(room.id())
                    .text("fallback")
                    .card(AdaptiveCard.builder().body(TextBlock.of("card")).build())
                    .build());

    assertThatThrownBy(
            () -> webex.messages().edit(message.id(), MessageEditParams.text(room.id(), "x")))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void uploadedFileDownloadsWithItsNameAndBytes() throws IOException {
    Path file = Files.writeString(temp.resolve("build-42.log"), "BUILD FAILED\nline 2\n");
    Message message =
        webex
            .messages()
            .create(
                MessageCreateParams.builder()
                    .roomId(room.id())
                    .markdown("log attached")
                    .file(LocalFile.of(file, "build-42.log", "text/plain"))
                    .build());
    assertThat(message.files()).hasSize(1);

    try (FileDownload download = bobClient.messages().download(message.files().get(0))) {
      assertThat(download.fileName()).isEqualTo("build-42.log");
      assertThat(download.contentType()).startsWith("text/plain");
      assertThat(new String(download.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("BUILD FAILED\nline 2\n");
    }
    Path saved = bobClient.messages().downloadTo(message.files().get(0), temp.resolve("out"));
    assertThat(Files.readString(saved)).isEqualTo("BUILD FAILED\nline 2\n");
    assertThatThrownBy(
            () ->
                clients
                    .clientFor(clients.person("Eve"))
                    .messages()
                    .download(message.files().get(0)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void downloadWaitsOutMalwareScanning() throws IOException {
    Path file = Files.writeString(temp.resolve("a.txt"), "scanned");
    Message message =
        webex
            .messages()
            .create(
                MessageCreateParams.builder()
                    .roomId(room.id())
                    .text("file")
                    .file(LocalFile.of(file))
                    .build());
    int waitsBefore = clients.sleeper().waits().size();
    clients
        .emulator()
        .faults()
        .add(Fault.status(423).retryAfter(Duration.ofSeconds(4)).pathPrefix("/contents").times(2));

    Path saved = webex.messages().downloadTo(message.files().get(0), temp);

    assertThat(Files.readString(saved)).isEqualTo("scanned");
    assertThat(saved.getFileName().toString()).isEqualTo("a.txt");
    assertThat(clients.sleeper().waits().subList(waitsBefore, clients.sleeper().waits().size()))
        .hasSize(2)
        .allMatch(w -> TestClients.isRetryAfterWait(w, 4));
  }

  @Test
  void textAtTheByteLimitIsAcceptedAndOneByteMoreIsRefusedLocally() {
    assertThatThrownBy(() -> MessageCreateParams.textTo(room.id(), "x".repeat(7440)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            webex.messages().create(MessageCreateParams.textTo(room.id(), "x".repeat(7439))).text())
        .hasSize(7439);
  }
}
