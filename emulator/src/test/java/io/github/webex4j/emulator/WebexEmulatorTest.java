package io.github.webex4j.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(WebexEmulatorExtension.class)
class WebexEmulatorTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebexEmulator shared;

  WebexEmulatorTest(WebexEmulator shared) {
    this.shared = shared;
  }

  private static HttpResponse<String> call(
      WebexEmulator emu, String token, String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emu.baseUri() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void extensionSharesOneEmulatorPerClass(WebexEmulator emu) {
    assertThat(emu).isSameAs(shared);
  }

  @Test
  void freshParameterGetsItsOwnEmulator(@WebexEmulatorExtension.Fresh WebexEmulator fresh) {
    assertThat(fresh).isNotSameAs(shared);
    assertThat(fresh.port()).isNotEqualTo(shared.port());
  }

  @Test
  void baseUriAdminAndPeople() throws Exception {
    assertThat(shared.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
    EmulatedPerson admin = shared.admin();
    assertThat(admin.token()).isEqualTo(shared.adminToken());
    EmulatedPerson ana = shared.createPerson("ana@java.example.com", "Ana");
    EmulatedPerson bot = shared.createBot("bot@java.example.com", "Bot");
    assertThat(ana.toString()).doesNotContain(ana.token()).contains("***");
    assertThat(shared.toString()).doesNotContain(shared.adminToken());
    JsonNode me = JSON.readTree(call(shared, bot.token(), "GET", "/people/me", null).body());
    assertThat(me.path("type").asText()).isEqualTo("bot");
    assertThatThrownBy(() -> shared.createPerson("ana@java.example.com", "Again"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> shared.tokenFor("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsAndTimestampsAreDeterministicAndStrictlyIncreasing() throws Exception {
    List<String> first = threeRooms();
    assertThat(threeRooms()).as("same clock and UUID source, same output").isEqualTo(first);
    List<Instant> created = first.stream().skip(3).map(Instant::parse).toList();
    assertThat(created.get(0)).isAfter(Instant.parse("2026-01-02T03:04:05.678Z"));
    assertThat(created.get(1)).isAfter(created.get(0));
    assertThat(created.get(2)).isAfter(created.get(1));
    assertThat(first.get(3)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(new String(java.util.Base64.getUrlDecoder().decode(first.get(0))))
        .startsWith("ciscospark://us/ROOM/00000000-0000-0000-0000-");
  }

  /** Ids then created timestamps of three rooms made under a fixed clock and counter UUIDs. */
  private static List<String> threeRooms() throws Exception {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    AtomicLong counter = new AtomicLong();
    try (WebexEmulator emu =
        WebexEmulator.builder()
            .clock(fixed)
            .uuids(() -> new UUID(0, counter.incrementAndGet()))
            .adminToken("admin-token")
            .start()) {
      List<String> ids = new ArrayList<>();
      List<String> created = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        JsonNode room =
            JSON.readTree(call(emu, "admin-token", "POST", "/rooms", "{\"title\":\"t\"}").body());
        ids.add(room.path("id").asText());
        created.add(room.path("created").asText());
      }
      ids.addAll(created);
      return ids;
    }
  }

  @Test
  void servesConcurrentClientsAndSeveralEmulatorsPerJvm() throws Exception {
    try (WebexEmulator other = WebexEmulator.start()) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          WebexEmulator target = i % 2 == 0 ? shared : other;
          int n = i;
          Callable<Integer> task =
              () ->
                  call(
                          target,
                          target.adminToken(),
                          "POST",
                          "/rooms",
                          "{\"title\":\"room " + n + "\"}")
                      .statusCode();
          results.add(pool.submit(task));
        }
        for (Future<Integer> result : results) {
          assertThat(result.get()).isEqualTo(200);
        }
      } finally {
        pool.shutdownNow();
      }
      JsonNode rooms =
          JSON.readTree(call(other, other.adminToken(), "GET", "/rooms?max=1000", null).body());
      assertThat(rooms.path("items")).hasSize(100);
      assertThat(other.requests()).hasSize(101);
    }
  }

  @Test
  void closeIsIdempotentAndFreesThePort() throws Exception {
    WebexEmulator emu = WebexEmulator.start();
    int port = emu.port();
    emu.close();
    emu.close();
    try (WebexEmulator again = WebexEmulator.builder().port(port).start()) {
      assertThat(again.port()).isEqualTo(port);
    }
  }

  @Test
  void builderRejectsBadSettings() {
    assertThatThrownBy(() -> WebexEmulator.builder().port(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebexEmulator.builder().adminToken(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebexEmulator.builder().maxRequestBytes(10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebexEmulator.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebexEmulator.builder().webhookAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mainStartPrintsBaseUrlAndToken() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WebexEmulator emu =
        EmulatorMain.start(0, "cli-token", new PrintStream(out, true, StandardCharsets.UTF_8))) {
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains(emu.baseUri().toString(), "Admin token: cli-token");
      assertThat(call(emu, "cli-token", "GET", "/people/me", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void mainParsesArguments() {
    assertThat(EmulatorMain.parse(new String[0]))
        .isEqualTo(new EmulatorMain.Options(8900, null, false));
    assertThat(EmulatorMain.parse(new String[] {"--port", "0", "--token", "T"}))
        .isEqualTo(new EmulatorMain.Options(0, "T", false));
    assertThat(EmulatorMain.parse(new String[] {"--help"}).help()).isTrue();
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--port"}))
        .hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--port", "x"}))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--port", "70000"}))
        .hasMessageContaining("65535");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--token", " "}))
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--seed"}))
        .hasMessageContaining("--seed needs a value");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--bogus"}))
        .hasMessageContaining("Unknown argument: --bogus");
  }

  private static String guestJwt(String issuer, String base64Secret, String sub) throws Exception {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    long exp = Instant.now().getEpochSecond() + 3600;
    String claims =
        "{\"sub\":\""
            + sub
            + "\",\"name\":\"Guest\",\"iss\":\""
            + issuer
            + "\",\"exp\":"
            + exp
            + "}";
    String payload = url.encodeToString(claims.getBytes(UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
    byte[] signature = mac.doFinal((header + "." + payload).getBytes(UTF_8));
    return header + "." + payload + "." + url.encodeToString(signature);
  }

  @Test
  void mainLoadsASeedFileAndRegistersGuestIssuers(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed, "{\"people\":[{\"email\":\"seeded@example.com\",\"token\":\"seeded-token\"}]}");
    Path secretFile = dir.resolve("secret");
    Files.writeString(secretFile, "c2VjcmV0LWZyb20tZmlsZQ==\n");
    EmulatorMain.Options options =
        EmulatorMain.parse(
            new String[] {
              "--port",
              "0",
              "--seed",
              seed.toString(),
              "--guest-issuer",
              "issuer-1:c2VjcmV0",
              "--guest-issuer",
              "issuer-2:@" + secretFile
            });
    assertThat(options.seed()).isEqualTo(seed);
    assertThat(options.guestIssuers())
        .extracting(EmulatorMain.GuestIssuer::issuerId)
        .containsExactly("issuer-1", "issuer-2");
    assertThat(options.guestIssuers().get(1).base64Secret()).isEqualTo("c2VjcmV0LWZyb20tZmlsZQ==");
    assertThat(options.toString()).doesNotContain("c2VjcmV0");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--guest-issuer", "no-secret"}))
        .hasMessageContaining("ISSUER_ID:BASE64_SECRET")
        .hasMessageNotContaining("no-secret");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WebexEmulator emu =
        EmulatorMain.start(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertThat(call(emu, "seeded-token", "GET", "/people/me", null).statusCode()).isEqualTo(200);
      String jwt = guestJwt("issuer-1", "c2VjcmV0", "guest-1");
      HttpResponse<String> login = call(emu, jwt, "POST", "/jwt/login", null);
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }
  }
}
