package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Request size limits: large multipart uploads to {@code POST /messages} (spilled to a temporary
 * file) up to the file limit, a small cap for every other body, and Webex-shaped 413 beyond.
 */
class UploadLimitsContractTest {
  private static final String BOUNDARY = "upl0ad-b0undary";

  private static byte[] multipart(String roomId, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n"
                + roomId
                + "\r\n--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.bin\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new SplittableRandom(7).nextBytes(bytes);
    return bytes;
  }

  private static String room(Api api) {
    return api.post("/rooms", "{\"title\":\"Uploads\"}").json().path("id").asText();
  }

  @Test
  void acceptsAFileAboveTheOldTwentyMebibyteCapAndServesItBack() {
    try (WebexEmulator emu = WebexEmulator.start()) {
      EmulatedPerson ana = emu.createPerson("ana@uploads.example.com", "Ana");
      Api api = new Api(emu).as(ana.token());
      byte[] content = random(21 * 1024 * 1024 + 17);
      Api.Resp posted =
          api.send(
              "POST",
              "/messages",
              "multipart/form-data; boundary=" + BOUNDARY,
              multipart(room(api), content));
      assertThat(posted.status()).as(posted.body()).isEqualTo(200);
      String url = posted.json().path("files").path(0).asText();
      Api.Resp download = api.get(url);
      assertThat(download.status()).isEqualTo(200);
      assertThat(download.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"big.bin\"");
      assertThat(download.raw().body()).isEqualTo(content);
      assertThat(api.send("HEAD", url, null, null).header("Content-Length"))
          .isEqualTo(Integer.toString(content.length));
      List<RecordedRequest> posts =
          emu.requests().stream().filter(r -> r.method().equals("POST")).toList();
      assertThat(posts.get(posts.size() - 1).body()).matches("<\\d+ bytes>");
    }
  }

  @Test
  void refusesFilesAndBodiesAboveTheLimitsWith413() {
    try (WebexEmulator emu =
        WebexEmulator.builder().maxUploadBytes(64 * 1024).maxRequestBytes(8 * 1024).start()) {
      Api api = new Api(emu);
      String roomId = room(api);
      String type = "multipart/form-data; boundary=" + BOUNDARY;
      Api.Resp small = api.send("POST", "/messages", type, multipart(roomId, random(60 * 1024)));
      assertThat(small.status()).as("multipart beyond the JSON cap").isEqualTo(200);

      Api.Resp file = api.send("POST", "/messages", type, multipart(roomId, random(65 * 1024)));
      assertThat(file.status()).isEqualTo(413);
      assertThat(file.message()).contains("file is too large");

      byte[] huge = multipart(roomId, random(64 * 1024 + 1024 * 1024 + 1));
      Api.Resp body = api.send("POST", "/messages", type, huge);
      assertThat(body.status()).isEqualTo(413);
      assertThat(body.message()).contains("payload is too big");

      byte[] json =
          ("{\"roomId\":\"" + roomId + "\",\"text\":\"" + "x".repeat(9 * 1024) + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      assertThat(api.send("POST", "/messages", "application/json", json).status()).isEqualTo(413);
      assertThat(api.send("POST", "/rooms", type, multipart(roomId, random(9 * 1024))).status())
          .as("only POST /messages takes large multipart bodies")
          .isEqualTo(413);
      assertThat(api.get("/people/me").status()).isEqualTo(200);
    }
  }
}
