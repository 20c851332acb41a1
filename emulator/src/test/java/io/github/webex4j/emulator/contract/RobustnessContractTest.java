package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RobustnessContractTest {
  private static WebexEmulator emu;
  private static Api api;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().maxRequestBytes(64 * 1024).start();
    api = new Api(emu);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @Test
  void authErrors() {
    Api.Resp none = api.as(null).get("/rooms");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.message())
        .isEqualTo(
            "The request requires a valid access token set in the Authorization request header.");
    assertThat(api.as("unknown").get("/rooms").status()).isEqualTo(401);
    String head = "GET /v1/rooms HTTP/1.1\nHost: x\nAuthorization: Basic abc";
    assertThat(RawHttp.send(emu.port(), RawHttp.request(head, new byte[0]))).isEqualTo(401);
  }

  @Test
  void unknownPathsAndMethods() {
    assertThat(api.get("/nothing").status()).isEqualTo(404);
    assertThat(api.get("/rooms/a/b/c").status()).isEqualTo(404);
    assertThat(api.get("/").status()).isEqualTo(404);
    assertThat(api.get("http://127.0.0.1:" + emu.port() + "/other").status()).isEqualTo(404);
    Api.Resp patch = api.patch("/rooms", "{}");
    assertThat(patch.status()).isEqualTo(405);
    assertThat(patch.header("Allow")).contains("GET", "POST");
    assertThat(api.delete("/people").status()).isEqualTo(405);
    assertThat(api.send("FOO", "/rooms", null, null).status()).isEqualTo(405);
    assertThat(api.send("OPTIONS", "/rooms", null, null).status()).isEqualTo(405);
    assertThat(api.send("FOO", "/nothing", null, null).status()).isEqualTo(404);
  }

  @Test
  void malformedBodies() {
    assertThat(api.post("/rooms", "{\"title\":").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "[1,2]").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":\"a\"} trailing").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":\"a\",\"title\":\"b\"}").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "[".repeat(5000)).status()).isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":[\"x\"]}").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":{\"a\":1}}").status()).isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":null}").status()).isEqualTo(400);
    byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
    assertThat(api.send("POST", "/rooms", "application/json", invalidUtf8).status()).isEqualTo(400);
    byte[] form = {'r', 'o', 'o', 'm', 'I', 'd', '=', (byte) 0xFF};
    assertThat(api.send("POST", "/messages", "application/x-www-form-urlencoded", form).status())
        .isEqualTo(400);
    assertThat(api.send("POST", "/rooms", "text/plain", "{}".getBytes()).status()).isEqualTo(415);
    assertThat(
            api.send(
                    "POST",
                    "/messages",
                    "application/x-www-form-urlencoded",
                    "roomId=%zz".getBytes())
                .status())
        .isEqualTo(400);
  }

  @Test
  void hugeBodiesAreRejectedWith413() {
    byte[] big = ("{\"title\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    Api.Resp resp = api.send("POST", "/rooms", "application/json", big);
    assertThat(resp.status()).isEqualTo(413);
    String head =
        "POST /v1/rooms HTTP/1.1\nHost: x\nAuthorization: Bearer "
            + emu.adminToken()
            + "\nContent-Type: application/json\nContent-Length: 999999999999";
    assertThat(RawHttp.send(emu.port(), RawHttp.request(head, new byte[10]))).isEqualTo(413);
    String chunked =
        "POST /v1/rooms HTTP/1.1\nHost: x\nAuthorization: Bearer "
            + emu.adminToken()
            + "\nTransfer-Encoding: chunked";
    byte[] chunk =
        ("10000\r\n"
                + "y".repeat(0x10000)
                + "\r\n10000\r\n"
                + "y".repeat(0x10000)
                + "\r\n0\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(RawHttp.send(emu.port(), RawHttp.request(chunked, chunk))).isEqualTo(413);
    assertThat(api.get("/people/me").status()).isEqualTo(200);
  }

  @Test
  void badUrlsAndHosts() {
    String token = emu.adminToken();
    assertThat(
            RawHttp.send(
                emu.port(),
                RawHttp.request(
                    "GET /v1/rooms/%zz HTTP/1.1\nHost: x\nAuthorization: Bearer " + token,
                    new byte[0])))
        .isEqualTo(400);
    assertThat(
            RawHttp.send(
                emu.port(),
                RawHttp.request(
                    "GET /v1/rooms?max=%G1 HTTP/1.1\nHost: x\nAuthorization: Bearer " + token,
                    new byte[0])))
        .isEqualTo(400);
    assertThat(
            RawHttp.send(
                emu.port(),
                RawHttp.request(
                    "GET /v1/people/me HTTP/1.1\nHost: <evil>\nAuthorization: Bearer " + token,
                    new byte[0])))
        .isEqualTo(200);
    assertThat(
            RawHttp.send(
                emu.port(),
                RawHttp.request(
                    "GET /v1/people/me HTTP/1.1\nAuthorization: Bearer " + token, new byte[0])))
        .as("no Host header: links fall back to 127.0.0.1:<port>")
        .isEqualTo(200);
    assertThat(api.get("/people/me").status()).isEqualTo(200);
  }

  @Test
  void paramsParseBooleansCaseInsensitively() {
    assertThat(api.get("/rooms?orgPublicSpaces=TRUE").status()).isEqualTo(200);
    assertThat(api.get("/rooms?orgPublicSpaces=yes").status()).isEqualTo(400);
  }
}
