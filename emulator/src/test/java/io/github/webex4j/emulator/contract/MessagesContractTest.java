package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class MessagesContractTest {
  private static final String CARD =
      "{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":"
          + "\"AdaptiveCard\",\"version\":\"1.3\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Hi\"}],"
          + "\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"OK\"}]}}";
  private static int seq;

  private static EmulatedPerson person(WebexEmulator emu) {
    int n = ++seq;
    return emu.createPerson("p" + n + "@messages.example.com", "Poster " + n);
  }

  private static String room(Api api) {
    return api.post("/rooms", "{\"title\":\"Chat\"}").json().path("id").asText();
  }

  private static void add(Api api, String roomId, EmulatedPerson who) {
    assertThat(
            api.post(
                    "/memberships",
                    "{\"roomId\":\"" + roomId + "\",\"personId\":\"" + who.id() + "\"}")
                .status())
        .isEqualTo(200);
  }

  private static JsonNode post(Api api, String json) {
    Api.Resp resp = api.post("/messages", json);
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json();
  }

  @Test
  void postsTextAndMarkdownWithMentions(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    add(api, roomId, bob);
    JsonNode msg =
        post(
            api,
            "{\"roomId\":\""
                + roomId
                + "\",\"markdown\":\"**Build** ok <@personEmail:"
                + bob.email()
                + "|Bob> <@personId:"
                + ana.id()
                + "|me> <@all>\"}");
    assertThat(msg.path("roomType").asText()).isEqualTo("group");
    assertThat(msg.path("personId").asText()).isEqualTo(ana.id());
    assertThat(msg.path("personEmail").asText()).isEqualTo(ana.email());
    assertThat(msg.path("mentionedPeople")).hasSize(2);
    assertThat(msg.path("mentionedPeople").path(0).asText()).isEqualTo(bob.id());
    assertThat(msg.path("mentionedGroups").path(0).asText()).isEqualTo("all");
    assertThat(msg.path("text").asText()).isEqualTo("Build ok Bob me All");
    assertThat(msg.path("html").asText()).contains("<strong>Build</strong>", "spark-mention");
    assertThat(msg.has("updated")).isFalse();
    JsonNode fetched = api.get("/messages/" + msg.path("id").asText()).json();
    assertThat(fetched.path("markdown").asText()).startsWith("**Build**");
    assertThat(api.as(person(emu).token()).get("/messages/" + msg.path("id").asText()).status())
        .isEqualTo(404);
    assertThat(api.get("/messages/not-base64!").message()).isEqualTo("Unable to get message.");
  }

  @Test
  void rejectsInvalidBodies(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    String r = "\"roomId\":\"" + roomId + "\"";
    assertThat(api.post("/messages", "{\"text\":\"x\"}").message())
        .startsWith("Message destination could not be determined");
    assertThat(
            api.post("/messages", "{" + r + ",\"toPersonId\":\"" + bob.id() + "\",\"text\":\"x\"}")
                .status())
        .isEqualTo(400);
    assertThat(api.post("/messages", "{" + r + "}").message())
        .isEqualTo("Both text and file cannot be empty.");
    String big = "é".repeat(3720); // 7440 bytes
    assertThat(api.post("/messages", "{" + r + ",\"text\":\"" + big + "\"}").message())
        .contains("'text'", "7439");
    assertThat(api.post("/messages", "{" + r + ",\"markdown\":\"" + big + "\"}").message())
        .contains("'markdown'");
    assertThat(api.post("/messages", "{" + r + ",\"text\":\"" + "a".repeat(7439) + "\"}").status())
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/messages",
                    "{" + r + ",\"files\":[\"http://127.0.0.1/a.png\",\"http://127.0.0.1/b.png\"]}")
                .message())
        .contains("files");
    assertThat(api.post("/messages", "{" + r + ",\"files\":[\"ftp://x/y\"]}").status())
        .isEqualTo(400);
    assertThat(
            api.post("/messages", "{" + r + ",\"attachments\":[" + CARD + "," + CARD + "]}")
                .message())
        .contains("attachments");
    assertThat(
            api.post("/messages", "{" + r + ",\"attachments\":[{\"contentType\":\"x\"}]}").status())
        .isEqualTo(400);
    assertThat(api.post("/messages", "{" + r + ",\"text\":5}").message()).contains("'text'");
    assertThat(api.send("POST", "/messages", "application/xml", "<a/>".getBytes()).status())
        .isEqualTo(415);
    assertThat(api.post("/messages", "{\"roomId\":\"nope\",\"text\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(
            api.post("/messages", "{\"toPersonId\":\"" + ana.id() + "\",\"text\":\"x\"}").status())
        .isEqualTo(400);
    assertThat(
            api.post("/messages", "{\"toPersonEmail\":\"ghost@example.com\",\"text\":\"x\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void directMessagesCreateAndReuseOneRoom(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    JsonNode first = post(api, "{\"toPersonEmail\":" + q(bob.email()) + ",\"text\":\"hi\"}");
    JsonNode second = post(api, "{\"toPersonId\":" + q(bob.id()) + ",\"text\":\"again\"}");
    JsonNode reply =
        post(api.as(bob.token()), "{\"toPersonId\":" + q(ana.id()) + ",\"text\":\"yo\"}");
    assertThat(first.path("roomType").asText()).isEqualTo("direct");
    assertThat(first.path("toPersonId").asText()).isEqualTo(bob.id());
    assertThat(first.path("toPersonEmail").asText()).isEqualTo(bob.email());
    assertThat(second.path("roomId").asText()).isEqualTo(first.path("roomId").asText());
    assertThat(reply.path("roomId").asText()).isEqualTo(first.path("roomId").asText());
    assertThat(reply.path("toPersonId").asText()).isEqualTo(ana.id());
    String roomId = first.path("roomId").asText();
    JsonNode room = api.get("/rooms/" + roomId).json();
    assertThat(room.path("type").asText()).isEqualTo("direct");
    assertThat(room.path("title").asText()).isEqualTo(bob.displayName());
    assertThat(api.as(bob.token()).get("/rooms/" + roomId).json().path("title").asText())
        .isEqualTo(ana.displayName());
    assertThat(api.get("/rooms?type=direct").items()).hasSize(1);
    List<JsonNode> direct = api.get("/messages/direct?personEmail=" + bob.email()).items();
    assertThat(Paths.ids(direct))
        .containsExactly(
            reply.path("id").asText(), second.path("id").asText(), first.path("id").asText());
    assertThat(api.get("/messages/direct?personId=" + bob.id()).items()).hasSize(3);
    assertThat(api.get("/messages/direct").status()).isEqualTo(400);
    assertThat(api.get("/messages/direct?personId=" + person(emu).id()).items()).isEmpty();
    post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"via room id\"}");
    assertThat(
            api.post(
                    "/memberships",
                    "{\"roomId\":" + q(roomId) + ",\"personId\":" + q(person(emu).id()) + "}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void listsNewestFirstWithBeforeFiltersAndPaging(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    String r = "{\"roomId\":" + q(roomId) + ",\"text\":\"m";
    String m1 = post(api, r + "1\"}").path("id").asText();
    String m2 = post(api, r + "2\"}").path("id").asText();
    JsonNode third = post(api, r + "3\"}");
    String m3 = third.path("id").asText();
    String m4 = post(api, r + "4\"}").path("id").asText();
    List<JsonNode> all = Paths.pageAll(api, "/messages?roomId=" + roomId + "&max=1", 1, 4);
    assertThat(Paths.ids(all)).containsExactly(m4, m3, m2, m1);
    assertThat(Paths.ids(api.get("/messages?roomId=" + roomId + "&beforeMessage=" + m3).items()))
        .containsExactly(m2, m1);
    String before = third.path("created").asText();
    assertThat(Paths.ids(api.get("/messages?roomId=" + roomId + "&before=" + before).items()))
        .containsExactly(m2, m1);
    assertThat(Instant.parse(before)).isNotNull();
    assertThat(api.get("/messages").message())
        .isEqualTo("Required String parameter 'roomId' is not present");
    assertThat(api.get("/messages?roomId=" + roomId + "&before=yesterday").status()).isEqualTo(400);
    assertThat(api.get("/messages?roomId=" + roomId + "&max=500").items()).hasSize(4);
  }

  @Test
  void threadsAllowNoReplyToReply(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    String parent = post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"p\"}").path("id").asText();
    JsonNode reply =
        post(api, "{\"roomId\":" + q(roomId) + ",\"parentId\":" + q(parent) + ",\"text\":\"r\"}");
    assertThat(reply.path("parentId").asText()).isEqualTo(parent);
    Api.Resp nested =
        api.post(
            "/messages",
            "{\"roomId\":"
                + q(roomId)
                + ",\"parentId\":"
                + q(reply.path("id").asText())
                + ",\"text\":\"rr\"}");
    assertThat(nested.status()).isEqualTo(400);
    assertThat(nested.message()).contains("parentId");
    String other = room(api);
    assertThat(
            api.post(
                    "/messages",
                    "{\"roomId\":" + q(other) + ",\"parentId\":" + q(parent) + ",\"text\":\"x\"}")
                .status())
        .isEqualTo(400);
    assertThat(Paths.ids(api.get("/messages?roomId=" + roomId + "&parentId=" + parent).items()))
        .containsExactly(reply.path("id").asText());
  }

  @Test
  void editsUpToTenTimesOnlyPlainMessagesByTheAuthor(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    add(api, roomId, bob);
    String id = post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"v0\"}").path("id").asText();
    String edit = "{\"roomId\":" + q(roomId) + ",\"markdown\":\"**v";
    for (int i = 1; i <= 10; i++) {
      Api.Resp resp = api.put("/messages/" + id, edit + i + "**\",\"html\":\"ignored\"}");
      assertThat(resp.status()).as("edit %d", i).isEqualTo(200);
      assertThat(resp.json().path("updated").asText()).isNotEmpty();
      assertThat(resp.json().path("text").asText()).isEqualTo("v" + i);
    }
    Api.Resp eleventh = api.put("/messages/" + id, edit + "11**\"}");
    assertThat(eleventh.status()).isEqualTo(400);
    assertThat(eleventh.message()).contains("edit limit");
    String other = post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"x\"}").path("id").asText();
    assertThat(
            api.as(bob.token())
                .put("/messages/" + other, "{\"roomId\":" + q(roomId) + ",\"text\":\"hack\"}")
                .status())
        .isEqualTo(403);
    assertThat(api.put("/messages/" + other, "{\"text\":\"no room\"}").status()).isEqualTo(400);
    assertThat(api.put("/messages/" + other, "{\"roomId\":" + q(roomId) + "}").status())
        .isEqualTo(400);
    String card =
        post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"c\",\"attachments\":[" + CARD + "]}")
            .path("id")
            .asText();
    assertThat(
            api.put("/messages/" + card, "{\"roomId\":" + q(roomId) + ",\"text\":\"e\"}").message())
        .contains("not supported");
    String file =
        post(api, "{\"roomId\":" + q(roomId) + ",\"files\":[\"http://127.0.0.1/report.pdf\"]}")
            .path("id")
            .asText();
    assertThat(
            api.put("/messages/" + file, "{\"roomId\":" + q(roomId) + ",\"text\":\"e\"}").status())
        .isEqualTo(400);
  }

  @Test
  void deleteRules(WebexEmulator emu) {
    EmulatedPerson mod = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(mod.token());
    String locked =
        api.post("/rooms", "{\"title\":\"L\",\"isLocked\":true}").json().path("id").asText();
    add(api, locked, bob);
    Api asBob = api.as(bob.token());
    String modMsg = post(api, "{\"roomId\":" + q(locked) + ",\"text\":\"m\"}").path("id").asText();
    String bobMsg =
        post(asBob, "{\"roomId\":" + q(locked) + ",\"text\":\"b\"}").path("id").asText();
    assertThat(asBob.delete("/messages/" + modMsg).status()).isEqualTo(403);
    assertThat(api.delete("/messages/" + bobMsg).status()).isEqualTo(204);
    assertThat(api.get("/messages/" + bobMsg).status()).isEqualTo(404);
    assertThat(api.delete("/messages/" + modMsg).status()).isEqualTo(204);
    assertThat(api.delete("/messages/" + modMsg).status()).isEqualTo(404);
    String open = room(api);
    add(api, open, bob);
    String m = post(api, "{\"roomId\":" + q(open) + ",\"text\":\"m\"}").path("id").asText();
    assertThat(asBob.delete("/messages/" + m).status()).isEqualTo(403);
    assertThat(new Api(emu).delete("/messages/" + m).status()).isEqualTo(204);
  }

  @Test
  void cardsAndAttachmentActions(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    add(api, roomId, bob);
    JsonNode card =
        post(
            api,
            "{\"roomId\":" + q(roomId) + ",\"text\":\"fallback\",\"attachments\":[" + CARD + "]}");
    assertThat(card.path("attachments").path(0).path("content").path("type").asText())
        .isEqualTo("AdaptiveCard");
    String cardId = card.path("id").asText();
    String submit =
        "{\"type\":\"submit\",\"messageId\":" + q(cardId) + ",\"inputs\":{\"choice\":\"yes\"}}";
    Api.Resp own = api.post("/attachment/actions", submit);
    assertThat(own.status()).as("the author may submit on their own card [?]").isEqualTo(200);
    assertThat(own.json().path("personId").asText()).isEqualTo(ana.id());
    Api.Resp action = api.as(bob.token()).post("/attachment/actions", submit);
    assertThat(action.status()).isEqualTo(200);
    JsonNode a = action.json();
    assertThat(a.path("inputs").path("choice").asText()).isEqualTo("yes");
    assertThat(a.path("personId").asText()).isEqualTo(bob.id());
    assertThat(a.path("roomId").asText()).isEqualTo(roomId);
    assertThat(
            api.get("/attachment/actions/" + a.path("id").asText())
                .json()
                .path("messageId")
                .asText())
        .isEqualTo(cardId);
    assertThat(
            api.as(person(emu).token())
                .get("/attachment/actions/" + a.path("id").asText())
                .status())
        .isEqualTo(404);
    String plain = post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"p\"}").path("id").asText();
    assertThat(
            api.as(bob.token())
                .post(
                    "/attachment/actions",
                    "{\"type\":\"submit\",\"messageId\":" + q(plain) + ",\"inputs\":{}}")
                .message())
        .contains("MessageId should point to an activity with cards");
    assertThat(
            api.post("/attachment/actions", "{\"type\":\"submit\",\"messageId\":" + q(cardId) + "}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/attachment/actions",
                    "{\"type\":\"click\",\"messageId\":" + q(cardId) + ",\"inputs\":{}}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/attachment/actions",
                    "{\"type\":\"submit\",\"messageId\":\"nope\"," + "\"inputs\":{}}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void uploadsOneFileAsMultipartAndServesIt(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    byte[] content = "line 1\nline 2\n".getBytes(StandardCharsets.UTF_8);
    byte[] body =
        multipart(
            "b0undary",
            new String[][] {{"roomId", roomId}, {"markdown", "see **log**"}},
            "build.log",
            content);
    Api.Resp resp = api.send("POST", "/messages", "multipart/form-data; boundary=b0undary", body);
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    JsonNode msg = resp.json();
    String url = msg.path("files").path(0).asText();
    assertThat(url).startsWith(emu.baseUri() + "/contents/");
    Api.Resp download = api.get(url);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.raw().body()).isEqualTo(content);
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"build.log\"");
    Api.Resp head = api.send("HEAD", url, null, null);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("Content-Disposition")).contains("build.log");
    assertThat(api.as(person(emu).token()).get(url).status()).isEqualTo(404);
    assertThat(api.get("/contents/nope").status()).isEqualTo(404);

    byte[] two = multipartTwoFiles("xx", roomId);
    assertThat(api.send("POST", "/messages", "multipart/form-data; boundary=xx", two).message())
        .contains("files");
    assertThat(api.send("POST", "/messages", "multipart/form-data", body).message())
        .contains("boundary");
    assertThat(api.send("POST", "/messages", "multipart/form-data; boundary=zz", body).status())
        .isEqualTo(400);
    byte[] truncated = java.util.Arrays.copyOf(body, body.length - 20);
    assertThat(
            api.send("POST", "/messages", "multipart/form-data; boundary=b0undary", truncated)
                .status())
        .isEqualTo(400);
  }

  @Test
  void acceptsFormUrlEncodedAndFileUrls(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    String form = "roomId=" + roomId + "&text=hello+world&files=http%3A%2F%2F127.0.0.1%2Fa.png";
    Api.Resp resp =
        api.send(
            "POST",
            "/messages",
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    assertThat(resp.json().path("text").asText()).isEqualTo("hello world");
    Api.Resp file = api.get(resp.json().path("files").path(0).asText());
    assertThat(file.header("Content-Disposition")).contains("a.png");
    assertThat(file.header("Content-Type")).isEqualTo("image/png");
  }

  @Test
  void botsMustFilterGroupMessagesByMention(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bot = emu.createBot("bot" + (++seq) + "@webex.bot", "Bot");
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api);
    add(api, roomId, bot);
    post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"not for bot\"}");
    String mention =
        post(
                api,
                "{\"roomId\":"
                    + q(roomId)
                    + ",\"markdown\":\"<@personId:"
                    + bot.id()
                    + "|Bot> build\"}")
            .path("id")
            .asText();
    Api asBot = api.as(bot.token());
    assertThat(asBot.get("/messages?roomId=" + roomId).status()).isEqualTo(403);
    assertThat(Paths.ids(asBot.get("/messages?roomId=" + roomId + "&mentionedPeople=me").items()))
        .containsExactly(mention);
    assertThat(asBot.get("/messages?roomId=" + roomId + "&mentionedPeople=" + bot.id()).items())
        .hasSize(1);
    assertThat(asBot.get("/messages?roomId=" + roomId + "&mentionedPeople=" + ana.id()).status())
        .isEqualTo(400);
    assertThat(asBot.get("/people/me").json().path("type").asText()).isEqualTo("bot");
    assertThat(asBot.get("/rooms").items()).hasSize(1);
  }

  @Test
  void announcementRoomsAcceptOnlyModerators(WebexEmulator emu) {
    EmulatedPerson mod = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(mod.token());
    String roomId =
        api.post("/rooms", "{\"title\":\"News\",\"isLocked\":true,\"isAnnouncementOnly\":true}")
            .json()
            .path("id")
            .asText();
    add(api, roomId, bob);
    assertThat(
            api.as(bob.token())
                .post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"x\"}")
                .status())
        .isEqualTo(403);
    post(api, "{\"roomId\":" + q(roomId) + ",\"text\":\"news\"}");
  }

  private static byte[] multipart(
      String boundary, String[][] fields, String filename, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String[] field : fields) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field[0]
                  + "\"\r\n\r\n"
                  + field[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; "
                + "filename=\""
                + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] multipartTwoFiles(String boundary, String roomId) {
    String part =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"f.txt\""
            + "\r\n\r\nx\r\n";
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n"
            + roomId
            + "\r\n"
            + part
            + part
            + "--"
            + boundary
            + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
