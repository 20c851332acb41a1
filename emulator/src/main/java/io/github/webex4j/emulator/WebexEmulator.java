package io.github.webex4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.http.ApiFamily;
import io.github.webex4j.emulator.http.ControlApi;
import io.github.webex4j.emulator.http.EmulatorServer;
import io.github.webex4j.emulator.http.Families;
import io.github.webex4j.emulator.http.FaultEngine;
import io.github.webex4j.emulator.http.RequestLog;
import io.github.webex4j.emulator.http.Router;
import io.github.webex4j.emulator.http.ServerLimits;
import io.github.webex4j.emulator.http.Settings;
import io.github.webex4j.emulator.render.EventRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RecordingStore;
import io.github.webex4j.emulator.store.RuleViolation;
import io.github.webex4j.emulator.store.World;
import io.github.webex4j.emulator.store.WorldSnapshot;
import io.github.webex4j.emulator.webhook.WebhookDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A local Webex REST API on 127.0.0.1, in memory. Thread-safe; several emulators can run in one JVM
 * (there is no static state).
 *
 * <pre>{@code
 * try (WebexEmulator emu = WebexEmulator.start()) {
 *   EmulatedPerson ana = emu.createPerson("ana@example.com", "Ana");
 *   // call emu.baseUri() with "Authorization: Bearer " + ana.token()
 * }
 * }</pre>
 */
public final class WebexEmulator implements AutoCloseable {
  private final World world;
  private final FaultEngine faultEngine;
  private final Faults faults;
  private final RequestLog requests;
  private final WebhookDispatcher webhooks;
  private final EmulatorServer server;
  private final String adminToken;
  private static final ObjectMapper SNAPSHOT_JSON = new ObjectMapper();
  private final AtomicBoolean closed = new AtomicBoolean();

  private WebexEmulator(Builder b) throws IOException {
    this.adminToken = b.adminToken != null ? b.adminToken : randomToken();
    this.world = new World(b.clock, b.uuids, adminToken, b.adminEmail);
    world.renderEventsWith(new EventRenderer(world));
    world.locked(
        () -> {
          b.guestIssuers.forEach(world.guestIssuers::configure);
          return null;
        });
    if (b.seedJson != null) {
      try {
        restore(b.seedJson);
      } catch (IllegalArgumentException e) {
        world.close();
        throw e;
      }
    }
    Settings settings =
        new Settings(
            b.maxRequestBytes,
            b.maxUploadBytes,
            b.threads,
            b.allowNonLoopbackWebhooks,
            b.webhookAttempts,
            b.webhookRetryDelay,
            b.webhookDisableAfter);
    this.faultEngine = new FaultEngine(b.seed, b.clock);
    this.faults = new Faults(faultEngine);
    this.requests = new RequestLog(b.requestLogEntries, b.requestLogBytes);
    this.webhooks = new WebhookDispatcher(world, settings);
    Router api = new Router();
    Families.all(world, settings).forEach(family -> family.register(api));
    Router control = new Router();
    new ControlApi(world, faultEngine, requests, webhooks::deliveries, this::reset)
        .register(control);
    for (ApiFamily family : Families.controls(world)) {
      family.register(control);
    }
    Router downloads = new Router();
    Families.downloads(world).forEach(family -> family.register(downloads));
    try {
      this.server =
          new EmulatorServer(
              b.port,
              world,
              api,
              control,
              downloads,
              faultEngine,
              requests,
              settings,
              new ServerLimits(b.headerTimeout, b.bodyTimeout, b.requestQueue));
    } catch (IOException e) {
      webhooks.close();
      world.close();
      throw e;
    }
    world.defaultApiRoot(baseUri().toString());
  }

  /** Starts an emulator with default settings on a free port. */
  public static WebexEmulator start() {
    return builder().start();
  }

  /** A builder for custom settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The API root, {@code http://127.0.0.1:<port>/v1}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port() + "/v1");
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** The seeded admin's bearer token (full admin and compliance officer). */
  public String adminToken() {
    return adminToken;
  }

  /** The seeded admin. */
  public EmulatedPerson admin() {
    return world.locked(() -> toEmulated(world.admin(), adminToken));
  }

  /**
   * Creates a person with a fresh token.
   *
   * @throws IllegalArgumentException when the email is taken
   */
  public EmulatedPerson createPerson(String email, String displayName) {
    return create(email, displayName, "person");
  }

  /**
   * Creates a bot with a fresh token.
   *
   * @throws IllegalArgumentException when the email is taken
   */
  public EmulatedPerson createBot(String email, String displayName) {
    return create(email, displayName, "bot");
  }

  private EmulatedPerson create(String email, String displayName, String type) {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    return world.locked(
        () -> {
          if (world.people.findByEmail(email).isPresent()) {
            throw new IllegalArgumentException("A person with this email already exists");
          }
          Person person = world.people.create(email, displayName, type);
          return toEmulated(person, world.people.issueToken(person));
        });
  }

  /**
   * Mints a new token for an existing person (e.g. one created by an admin via {@code POST
   * /people}).
   *
   * @throws IllegalArgumentException for an unknown person id
   */
  public EmulatedPerson tokenFor(String personId) {
    return world.locked(
        () -> {
          Person person =
              world
                  .people
                  .find(personId)
                  .orElseThrow(() -> new IllegalArgumentException("Unknown person id"));
          return toEmulated(person, world.people.issueToken(person));
        });
  }

  private static EmulatedPerson toEmulated(Person person, String token) {
    return new EmulatedPerson(person.id, person.email, person.displayName, token);
  }

  /**
   * Starts a meeting as {@code POST /_emulator/meetings/{id}/start} does: the series' current
   * occurrence, or the given occurrence, is {@code inProgress} from now and meetings {@code
   * started} is published with the host as actor; a later {@link #endMeeting} records it from now.
   *
   * @return the started occurrence's id
   * @throws IllegalArgumentException for an unknown meeting id
   * @throws IllegalStateException when nothing is left to start or it is already in progress
   */
  public String startMeeting(String meetingId) {
    Objects.requireNonNull(meetingId, "meetingId");
    return world.locked(
        () -> {
          try {
            return world.meetings.start(meetingId).id();
          } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
              throw new IllegalArgumentException("Unknown meeting id", e);
            }
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }

  /**
   * Ends a meeting like {@code POST /_emulator/meetings/{meetingId}/end}: a series (its next
   * occurrence), an occurrence or an ad-hoc meeting is recorded as held by its host for its
   * scheduled length up to now; a recording is made, and meetings {@code ended} and recordings
   * {@code created} webhooks fire.
   *
   * @param meetingId a series, occurrence or ad-hoc meeting id
   * @return the ended instance's id and the recording's id
   * @throws IllegalArgumentException for an unknown meeting id
   * @throws IllegalStateException when the meeting has nothing left to end
   */
  public EndedMeeting endMeeting(String meetingId) {
    Objects.requireNonNull(meetingId, "meetingId");
    return world.locked(
        () -> {
          try {
            RecordingStore.Recording recording = world.meetings.endAndRecord(meetingId);
            return new EndedMeeting(recording.instance.id, recording.id);
          } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
              throw new IllegalArgumentException("Unknown meeting id", e);
            }
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }

  /**
   * The state as JSON (what {@code GET /_emulator/snapshot} answers): people with their tokens,
   * teams, rooms, memberships, team memberships, messages, files (with their bytes), webhooks, room
   * tabs, groups, admin audit events, meetings, registrants and recordings; card actions, {@code
   * /events} and webhook deliveries are not included.
   */
  public String snapshot() {
    return world.locked(() -> WorldSnapshot.export(world)).toString();
  }

  /**
   * Replaces the state with {@code json} (a {@link #snapshot()} or a seed file), as {@code PUT
   * /_emulator/snapshot} does. Recorded requests, faults and webhook deliveries are kept.
   *
   * @throws IllegalArgumentException when the JSON or one of its entries is invalid (the emulator
   *     is then freshly reset)
   */
  public void restore(String json) {
    JsonNode node;
    try {
      node = SNAPSHOT_JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("The snapshot is not valid JSON", e);
    }
    try {
      world.replace(w -> WorldSnapshot.load(w, node == null ? SNAPSHOT_JSON.nullNode() : node));
    } catch (RuleViolation e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Fault injection and rate limits. */
  public Faults faults() {
    return faults;
  }

  /**
   * Requests received under {@code /v1} so far, oldest first: the latest ones within the bounds of
   * {@link Builder#requestLog(int, long)}.
   */
  public List<RecordedRequest> requests() {
    return requests.snapshot();
  }

  /** Recorded requests dropped (oldest first) to stay within the request log's bounds. */
  public long droppedRequests() {
    return requests.dropped();
  }

  /** Forgets recorded requests. */
  public void clearRequests() {
    requests.clear();
  }

  /** Webhook delivery attempts so far, oldest first. */
  public List<WebhookDelivery> webhookDeliveries() {
    return webhooks.deliveries();
  }

  /**
   * Waits until at least {@code count} delivery attempts are recorded or {@code timeout} passes.
   *
   * @return every attempt recorded so far (possibly fewer than {@code count} on timeout)
   * @throws InterruptedException when interrupted while waiting
   */
  public List<WebhookDelivery> awaitWebhookDeliveries(int count, Duration timeout)
      throws InterruptedException {
    return webhooks.await(count, timeout);
  }

  /**
   * Forgets all data, faults, rate limits, recorded requests and deliveries, and seeds a fresh org;
   * the admin token stays valid, other tokens do not.
   */
  public void reset() {
    world.reset();
    faultEngine.clear();
    requests.clear();
    webhooks.clear();
  }

  /** Stops the server and webhook delivery; later calls do nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.close();
      webhooks.close();
      world.close();
    }
  }

  @Override
  public String toString() {
    return "WebexEmulator[" + baseUri() + "]";
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Settings for a new emulator; every setting is optional. */
  public static final class Builder {
    private int port;
    private String adminToken;
    private String adminEmail = "admin@example.com";
    private Clock clock = Clock.systemUTC();
    private Supplier<UUID> uuids = UUID::randomUUID;
    private long seed = 42;
    private int maxRequestBytes = 1024 * 1024;
    private long maxUploadBytes = 100L * 1024 * 1024;
    private int threads = 32;
    private int requestQueue = 64;
    private Duration headerTimeout = Duration.ofSeconds(10);
    private Duration bodyTimeout = Duration.ofSeconds(60);
    private int requestLogEntries = 10_000;
    private long requestLogBytes = 32L * 1024 * 1024;
    private boolean allowNonLoopbackWebhooks;
    private int webhookAttempts = 3;
    private Duration webhookRetryDelay = Duration.ofMillis(200);
    private int webhookDisableAfter = 5;
    private final Map<String, String> guestIssuers = new LinkedHashMap<>();
    private Path seedFile;
    private String seedJson;

    private Builder() {}

    /** The port on 127.0.0.1; 0 (default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535");
      }
      this.port = port;
      return this;
    }

    /** The admin's bearer token; random by default. */
    public Builder adminToken(String adminToken) {
      if (adminToken == null || adminToken.isBlank()) {
        throw new IllegalArgumentException("adminToken must not be blank");
      }
      this.adminToken = adminToken;
      return this;
    }

    /** The admin's email; {@code admin@example.com} by default. */
    public Builder adminEmail(String adminEmail) {
      this.adminEmail = Objects.requireNonNull(adminEmail, "adminEmail");
      return this;
    }

    /** The clock behind every timestamp and rate-limit window; system UTC by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The UUID source behind every id; random by default. */
    public Builder uuids(Supplier<UUID> uuids) {
      this.uuids = Objects.requireNonNull(uuids, "uuids");
      return this;
    }

    /** The seed for fraction faults; 42 by default. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The largest request body accepted (413 beyond) for everything but file uploads (see {@link
     * #maxUploadBytes(long)}); 1 MiB by default, far above any valid Webex JSON body.
     */
    public Builder maxRequestBytes(int maxRequestBytes) {
      if (maxRequestBytes < 1024) {
        throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * The largest file in a multipart {@code POST /v1/messages} (413 beyond); 100 MiB by default,
     * the Webex limit. The body may be 1 MiB larger for the other parts. Bodies above 1 MiB are
     * streamed to a temporary directory and stored files above 64 KiB stay there (deleted by {@link
     * WebexEmulator#reset()} for the messages' files and {@link WebexEmulator#close()}).
     */
    public Builder maxUploadBytes(long maxUploadBytes) {
      if (maxUploadBytes < 1024 || maxUploadBytes > 1024L * 1024 * 1024) {
        throw new IllegalArgumentException("maxUploadBytes must be 1 KiB to 1 GiB");
      }
      this.maxUploadBytes = maxUploadBytes;
      return this;
    }

    /**
     * Request threads (bounded pool); 32 by default. A request holds its thread from its first byte
     * until its answer is written, so a slow client holds one for at most {@link #headerTimeout}
     * plus twice {@link #bodyTimeout}.
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1-256");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Requests that may wait for a free request thread; 64 by default. Beyond, a request gets 503
     * with {@code Retry-After: 1} without its body being read, or (when even that cannot be
     * afforded) its connection is closed.
     */
    public Builder requestQueue(int requestQueue) {
      if (requestQueue < 0 || requestQueue > 10_000) {
        throw new IllegalArgumentException("requestQueue must be 0-10000");
      }
      this.requestQueue = requestQueue;
      return this;
    }

    /**
     * The longest a request may take from its first byte until its headers are complete; the
     * connection is closed past it. 10 s by default.
     */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = positive(headerTimeout, "headerTimeout");
      return this;
    }

    /**
     * The longest reading a request body may take, and separately writing an answer; the connection
     * is closed past it. 60 s by default (a 100 MiB upload over loopback takes well under a
     * second).
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = positive(bodyTimeout, "bodyTimeout");
      return this;
    }

    /**
     * Bounds of the request log ({@link WebexEmulator#requests()}, {@code GET
     * /_emulator/requests}): at most {@code maxEntries} requests taking at most about {@code
     * maxBytes} of memory; the oldest are dropped and counted ({@link
     * WebexEmulator#droppedRequests()}). 10,000 requests and 32 MiB by default.
     */
    public Builder requestLog(int maxEntries, long maxBytes) {
      if (maxEntries < 1 || maxBytes < 1024) {
        throw new IllegalArgumentException("maxEntries must be positive, maxBytes at least 1024");
      }
      this.requestLogEntries = maxEntries;
      this.requestLogBytes = maxBytes;
      return this;
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }

    /** Allows webhook targets other than loopback; off by default. */
    public Builder allowNonLoopbackWebhooks(boolean allow) {
      this.allowNonLoopbackWebhooks = allow;
      return this;
    }

    /** Delivery attempts per event (first included); 3 by default. */
    public Builder webhookAttempts(int attempts) {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException("attempts must be 1-10");
      }
      this.webhookAttempts = attempts;
      return this;
    }

    /** The wait before the first retry, doubling per retry; 200 ms by default. */
    public Builder webhookRetryDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative");
      }
      this.webhookRetryDelay = delay;
      return this;
    }

    /** Consecutive failed deliveries that turn a webhook inactive; 5 by default. */
    public Builder webhookDisableAfter(int failures) {
      if (failures < 1) {
        throw new IllegalArgumentException("failures must be at least 1");
      }
      this.webhookDisableAfter = failures;
      return this;
    }

    /**
     * Registers a guest issuer for {@code POST /v1/jwt/login} (like {@code POST
     * /_emulator/guest-issuers}); issuers survive {@link WebexEmulator#reset()}. May be called
     * several times.
     *
     * @param issuerId the JWT {@code iss} claim
     * @param base64Secret the issuer's HS256 secret, base64 encoded as Webex shows it
     * @throws IllegalArgumentException when the id is blank or the secret is not non-empty base64
     */
    public Builder guestIssuer(String issuerId, String base64Secret) {
      if (issuerId == null || issuerId.isBlank()) {
        throw new IllegalArgumentException("issuerId must not be blank");
      }
      byte[] secret;
      try {
        secret = Base64.getDecoder().decode(Objects.requireNonNull(base64Secret, "base64Secret"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("base64Secret is not base64");
      }
      if (secret.length == 0) {
        throw new IllegalArgumentException("base64Secret must not be empty");
      }
      guestIssuers.put(issuerId, base64Secret);
      return this;
    }

    /**
     * Loads a seed file (the snapshot format: people, teams, rooms, memberships, team memberships,
     * messages; see the README) when the emulator starts; a bad file fails {@link #start()} with
     * {@link IllegalArgumentException}.
     */
    public Builder seedFile(Path file) {
      this.seedFile = Objects.requireNonNull(file, "file");
      this.seedJson = null;
      return this;
    }

    /** Like {@link #seedFile(Path)} with the JSON given as text. */
    public Builder seedJson(String json) {
      this.seedJson = Objects.requireNonNull(json, "json");
      this.seedFile = null;
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public WebexEmulator start() {
      if (seedFile != null) {
        try {
          seedJson = Files.readString(seedFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("Could not read the seed file " + seedFile, e);
        }
      }
      try {
        return new WebexEmulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the Webex emulator on port " + port, e);
      }
    }
  }
}
