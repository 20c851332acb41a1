package io.github.webex4j;

import io.github.webex4j.attachmentactions.AttachmentActions;
import io.github.webex4j.bulk.Bulk;
import io.github.webex4j.events.Events;
import io.github.webex4j.groups.Groups;
import io.github.webex4j.guestissuer.GuestIssuer;
import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;
import io.github.webex4j.internal.ClientConfig;
import io.github.webex4j.internal.DotEnv;
import io.github.webex4j.internal.Preparation;
import io.github.webex4j.internal.ProxyConfig;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.internal.bulk.BulkRunner;
import io.github.webex4j.internal.http.Answer;
import io.github.webex4j.internal.services.AttachmentActionsService;
import io.github.webex4j.internal.services.EventsService;
import io.github.webex4j.internal.services.GroupsService;
import io.github.webex4j.internal.services.GuestIssuerService;
import io.github.webex4j.internal.services.LicensesService;
import io.github.webex4j.internal.services.MeetingsService;
import io.github.webex4j.internal.services.MembershipsService;
import io.github.webex4j.internal.services.MessagesService;
import io.github.webex4j.internal.services.OrganizationsService;
import io.github.webex4j.internal.services.PeopleService;
import io.github.webex4j.internal.services.RecordingsService;
import io.github.webex4j.internal.services.RolesService;
import io.github.webex4j.internal.services.RoomsService;
import io.github.webex4j.internal.services.TeamMembershipsService;
import io.github.webex4j.internal.services.TeamsService;
import io.github.webex4j.internal.services.WebhooksService;
import io.github.webex4j.licenses.Licenses;
import io.github.webex4j.meetings.Meetings;
import io.github.webex4j.memberships.Memberships;
import io.github.webex4j.messages.Messages;
import io.github.webex4j.organizations.Organizations;
import io.github.webex4j.people.People;
import io.github.webex4j.recordings.Recordings;
import io.github.webex4j.roles.Roles;
import io.github.webex4j.rooms.Rooms;
import io.github.webex4j.teammemberships.TeamMemberships;
import io.github.webex4j.teams.Teams;
import io.github.webex4j.webhooks.Webhooks;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Entry point: an immutable, thread-safe Webex API client. Build one and share it.
 *
 * <pre>{@code
 * WebexClient webex = WebexClient.fromEnv();
 * Team team = webex.teams().create(TeamCreateParams.of("Project Alpha"));
 * }</pre>
 *
 * <p>The access token is taken, in this order, from {@link Builder#accessToken(String)} or {@link
 * Builder#tokenProvider(TokenProvider)}, the environment variable {@value #ENV_API_TOKEN}, the
 * environment variable {@value #ENV_ACCESS_TOKEN}, and a {@code .env} file in the working directory
 * (same keys). The base URL comes from {@link Builder#baseUrl(String)}, else {@value #ENV_BASE_URL}
 * (environment, then {@code .env}), else {@value #DEFAULT_BASE_URL}.
 */
public final class WebexClient {
  /** The public Webex API base URL. */
  public static final String DEFAULT_BASE_URL = "https://webexapis.com/v1";

  /** Environment variable checked first for the token. */
  public static final String ENV_API_TOKEN = "WEBEX_API_TOKEN";

  /** Environment variable checked second for the token (the name the Webex Python SDK uses). */
  public static final String ENV_ACCESS_TOKEN = "WEBEX_ACCESS_TOKEN";

  /** Environment variable for the base URL (e.g. a local emulator). */
  public static final String ENV_BASE_URL = "WEBEX_BASE_URL";

  private final Transport transport;

  private WebexClient(Transport transport) {
    this.transport = transport;
  }

  /**
   * A client configured only from the environment and {@code ./.env}; equivalent to {@code
   * builder().build()}.
   *
   * @throws WebexConfigurationException if {@code .env} is malformed ({@link MissingTokenException}
   *     if no token is found)
   */
  public static WebexClient fromEnv() {
    return builder().build();
  }

  /**
   * Starts, on a daemon thread, the one-time set-up the first calls of this process would otherwise
   * do on their own thread: the {@code User-Agent} and the readers of {@code modelTypes} (for the
   * API's response records, a reflective plan; Jackson's mapper is built only for a type that needs
   * it). A call that needs either before it is done waits for that part of it rather than doing it
   * again. Worth it in a short-lived process on more than one core, such as a CLI that parses its
   * command line meanwhile. Returns at once. Calls behave the same whether or not it has finished;
   * a failure in it is ignored (the call needing the same set-up meets it again).
   *
   * @param modelTypes the response records the process is about to read
   * @return completes when the set-up is done, never exceptionally
   */
  public static CompletableFuture<Void> prepareInBackground(Class<?>... modelTypes) {
    return Preparation.start(List.of(modelTypes));
  }

  /** A builder with defaults; unset token and base URL fall back to the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL requests go to, without trailing slash. */
  public URI baseUrl() {
    return transport.config().baseUri();
  }

  /**
   * A client with changed per-call settings that shares this client's connection pool, proxy and
   * connect timeout. This client is not modified.
   *
   * @param changes edits applied to a copy of the current settings
   */
  public WebexClient withOptions(Consumer<Options> changes) {
    Options options = new Options(transport.config());
    changes.accept(options);
    return new WebexClient(new Transport(options.toConfig()));
  }

  /**
   * Runs {@code call} on a client that shares this one's settings and connection pool, and returns
   * its result together with the raw HTTP response of the last successful request it made (for a
   * single get, create or update: that request's response). Use it to read Webex's {@code
   * trackingId}, headers or the exact JSON on success:
   *
   * <pre>{@code
   * WebexResponse<Room> response = webex.withRawResponse(c -> c.rooms().get(id));
   * log.info("got " + response.parse().title() + ", trackingId " + response.trackingId());
   * }</pre>
   *
   * @param call the calls to make; failures propagate as usual
   * @throws IllegalStateException if {@code call} made no request
   */
  public <T> WebexResponse<T> withRawResponse(Function<WebexClient, T> call) {
    AtomicReference<Answer> last = new AtomicReference<>();
    T value = call.apply(new WebexClient(transport.observed(last::set)));
    Answer answer = last.get();
    if (answer == null) {
      throw new IllegalStateException("the call made no request");
    }
    return new WebexResponse<>(
        answer.status(), answer.headers(), answer.body(), answer.trackingId(), value);
  }

  // ---------------------------------------------------------------------------------------------
  // Resource accessors. One line per resource; each returns a cheap, stateless view over the
  // shared transport. Add new resources here (keep alphabetical order).
  // ---------------------------------------------------------------------------------------------

  /** Attachment actions ({@code /attachment/actions}): card submissions. */
  public AttachmentActions attachmentActions() {
    return new AttachmentActionsService(transport);
  }

  /** Bulk runs: many independent calls, concurrent and rate-limit aware (see {@link Bulk}). */
  public Bulk bulk() {
    return BulkRunner.create(this, transport.config());
  }

  /** Compliance events ({@code /events}). */
  public Events events() {
    return new EventsService(transport);
  }

  /** Groups ({@code /groups}, admin, SCIM-style). */
  public Groups groups() {
    return new GroupsService(transport);
  }

  /** Guest issuer token exchange ({@code /jwt/login}); see {@code GuestJwt} for signing. */
  public GuestIssuer guestIssuer() {
    return new GuestIssuerService(transport);
  }

  /** Licenses ({@code /licenses}, admin). */
  public Licenses licenses() {
    return new LicensesService(transport);
  }

  /** Meetings ({@code /meetings}) and their registrants. */
  public Meetings meetings() {
    return new MeetingsService(transport);
  }

  /** Room memberships ({@code /memberships}). */
  public Memberships memberships() {
    return new MembershipsService(transport);
  }

  /** Messages and message files ({@code /messages}, {@code /contents}). */
  public Messages messages() {
    return new MessagesService(transport);
  }

  /** Organizations ({@code /organizations}, admin). */
  public Organizations organizations() {
    return new OrganizationsService(transport);
  }

  /** People ({@code /people}). */
  public People people() {
    return new PeopleService(transport);
  }

  /** Meeting recordings ({@code /recordings}). */
  public Recordings recordings() {
    return new RecordingsService(transport);
  }

  /** Roles ({@code /roles}, admin). */
  public Roles roles() {
    return new RolesService(transport);
  }

  /** Rooms ({@code /rooms}). */
  public Rooms rooms() {
    return new RoomsService(transport);
  }

  /** Team memberships ({@code /team/memberships}). */
  public TeamMemberships teamMemberships() {
    return new TeamMembershipsService(transport);
  }

  /** Teams ({@code /teams}). */
  public Teams teams() {
    return new TeamsService(transport);
  }

  /** Webhooks ({@code /webhooks}). */
  public Webhooks webhooks() {
    return new WebhooksService(transport);
  }

  // ---------------------------------------------------------------------------------------------
  // End of resource accessors.
  // ---------------------------------------------------------------------------------------------

  @Override
  public String toString() {
    return "WebexClient[baseUrl=" + baseUrl() + "]";
  }

  /**
   * Per-call settings changeable through {@link #withOptions(Consumer)}. Connection settings
   * (proxy, connect timeout) are fixed per {@link Builder}.
   */
  public static final class Options {
    private URI baseUri;
    private TokenProvider tokenProvider;
    private Duration requestTimeout;
    private RetryPolicy retryPolicy;
    private final ClientConfig base;

    private Options(ClientConfig base) {
      this.base = base;
      this.baseUri = base.baseUri();
      this.tokenProvider = base.tokenProvider();
      this.requestTimeout = base.requestTimeout();
      this.retryPolicy = base.retryPolicy();
    }

    /** A different access token. */
    public Options accessToken(String token) {
      this.tokenProvider = TokenProvider.of(token);
      return this;
    }

    /** A different token provider. */
    public Options tokenProvider(TokenProvider provider) {
      this.tokenProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sends the derived client's requests to another base URL.
     *
     * @param baseUrl a different absolute http(s) base URL
     * @throws WebexConfigurationException if it is not one
     */
    public Options baseUrl(String baseUrl) {
      this.baseUri = BaseUrl.normalise(baseUrl, "baseUrl");
      return this;
    }

    /** Per-request timeout, positive. */
    public Options requestTimeout(Duration timeout) {
      this.requestTimeout = Builder.positive(timeout, "requestTimeout");
      return this;
    }

    /** Retry policy. */
    public Options retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    private ClientConfig toConfig() {
      return new ClientConfig(
          baseUri,
          tokenProvider,
          base.engine(),
          requestTimeout,
          retryPolicy,
          base.sleeper(),
          base.clock(),
          base.jitter(),
          base.userAgent(),
          base.log());
    }
  }

  /** Mutable builder; {@link #build()} creates the immutable client. */
  public static final class Builder {
    private TokenProvider tokenProvider;
    private String baseUrl;
    private HttpEngineFactory
        engines; // null: the JDK engine, chosen at build() (not loaded before)
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private System.Logger log; // null: System.getLogger("io.github.webex4j") at build()
    private ProxySelector proxy;
    private Map<String, String> environment;
    private Map<String, String> systemProperties;
    private Path workingDirectory;

    private Builder() {}

    /**
     * Authenticates every request with this fixed token.
     *
     * @param token a fixed access token (personal, bot or integration token)
     * @throws IllegalArgumentException if blank
     */
    public Builder accessToken(String token) {
      this.tokenProvider = TokenProvider.of(token);
      return this;
    }

    /**
     * Takes the token of every request from {@code provider}.
     *
     * @param provider supplies (and refreshes) the token; replaces {@link #accessToken}.
     */
    public Builder tokenProvider(TokenProvider provider) {
      this.tokenProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sends requests to this base URL instead of {@code WEBEX_BASE_URL} or the Webex default.
     *
     * @param baseUrl absolute http(s) URL such as {@code https://webexapis.com/v1}; trailing
     *     slashes are ignored
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sends requests to this base URL; see {@link #baseUrl(String)}.
     *
     * @param baseUrl see {@link #baseUrl(String)}
     */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(baseUrl.toString());
    }

    /**
     * The HTTP engine: {@link HttpEngines#jdkHttpClient()} (the default: connection pool, HTTP/2),
     * {@link HttpEngines#urlConnection()} (fewer classes, faster start for short-lived processes)
     * or your own. It is created by {@link #build()} with this builder's connect timeout and proxy,
     * and shared by clients derived with {@link WebexClient#withOptions(Consumer)}.
     *
     * @param factory creates the engine
     */
    public Builder httpEngine(HttpEngineFactory factory) {
      this.engines = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** TCP/TLS connect timeout, positive; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Time until the response headers arrive, positive; default 60 s. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Retries failed requests by these rules.
     *
     * @param policy retry rules; default {@link RetryPolicy#defaults()}
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Waits between retries with {@code sleeper} (tests inject one that does not sleep).
     *
     * @param sleeper waits between retries; default {@link Sleeper#system()}
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Time source for retry budgets and HTTP-date parsing; default UTC system. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where the client logs: each request at {@code DEBUG} (method, URL with secrets redacted,
     * status, both tracking ids), each retry wait and token refresh at {@code INFO}; never a token.
     * Default: the {@code System.Logger} named {@code io.github.webex4j} (by default backed by
     * {@code java.util.logging}). Give your own to route these lines elsewhere, or to keep a
     * short-lived process from starting a logging framework. Shared by clients derived with {@link
     * WebexClient#withOptions(Consumer)}.
     *
     * @param log the logger
     */
    public Builder logger(System.Logger log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * The application's proxy selector (use {@code ProxySelector.of(address)} for one proxy). The
     * environment the program runs in takes precedence: the JVM properties {@code
     * https.proxyHost}/{@code http.proxyHost} (with {@code http.nonProxyHosts}) if set, else {@code
     * HTTPS_PROXY}/{@code HTTP_PROXY} with {@code NO_PROXY} if set, else this selector, else direct
     * connections.
     */
    public Builder proxy(ProxySelector selector) {
      this.proxy = Objects.requireNonNull(selector, "selector");
      return this;
    }

    /**
     * Environment variables to read instead of {@link System#getenv()} (for tests and embedding).
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** JVM properties to read instead of {@link System#getProperties()} (proxy settings). */
    public Builder systemProperties(Map<String, String> properties) {
      this.systemProperties = Map.copyOf(properties);
      return this;
    }

    /** Directory whose {@code .env} is read instead of the process working directory. */
    public Builder workingDirectory(Path directory) {
      this.workingDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Builds the client, finding the token and base URL where none was set (environment, then
     * {@code ./.env}).
     *
     * @throws MissingTokenException if no token is found anywhere
     * @throws WebexConfigurationException if {@code .env} cannot be read or is malformed, or a base
     *     URL or proxy setting is invalid
     */
    public WebexClient build() {
      Map<String, String> env = environment != null ? environment : System.getenv();
      Path dir = workingDirectory != null ? workingDirectory : Path.of("").toAbsolutePath();
      Settings settings = new Settings(env, dir);
      TokenProvider tokens = tokenProvider != null ? tokenProvider : settings.token();
      URI base =
          baseUrl != null
              ? BaseUrl.normalise(baseUrl, "baseUrl")
              : settings
                  .baseUrl()
                  .map(url -> BaseUrl.normalise(url, ENV_BASE_URL))
                  .orElseGet(() -> BaseUrl.normalise(DEFAULT_BASE_URL, "default"));
      ClientConfig config =
          ClientConfig.create(
              base,
              tokens,
              engines != null ? engines : HttpEngines.jdkHttpClient(),
              connectTimeout,
              ProxyConfig.select(
                      proxy,
                      systemProperties != null ? systemProperties::get : System::getProperty,
                      env)
                  .orElse(null),
              requestTimeout,
              retryPolicy,
              sleeper,
              clock,
              log);
      return new WebexClient(new Transport(config));
    }

    static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }

    @Override
    public String toString() {
      return "WebexClient.Builder[baseUrl=" + baseUrl + "]";
    }
  }

  /** Environment plus lazily read {@code .env}. */
  private static final class Settings {
    private final Map<String, String> env;
    private final Path dotEnvFile;
    private Map<String, String> dotEnv;

    Settings(Map<String, String> env, Path workingDirectory) {
      this.env = env;
      this.dotEnvFile = workingDirectory.resolve(".env");
    }

    private Map<String, String> dotEnv() {
      if (dotEnv == null) {
        dotEnv = DotEnv.read(dotEnvFile);
      }
      return dotEnv;
    }

    TokenProvider token() {
      for (String name : new String[] {ENV_API_TOKEN, ENV_ACCESS_TOKEN}) {
        String value = env.get(name);
        if (value != null && !value.isBlank()) {
          return TokenProvider.of(value.strip());
        }
      }
      for (String name : new String[] {ENV_API_TOKEN, ENV_ACCESS_TOKEN}) {
        String value = dotEnv().get(name);
        if (value != null && !value.isBlank()) {
          return TokenProvider.of(value.strip());
        }
      }
      throw new MissingTokenException(
          "No Webex access token found. Looked in: WebexClient.builder().accessToken(...) or"
              + " tokenProvider(...), the environment variables "
              + ENV_API_TOKEN
              + " and "
              + ENV_ACCESS_TOKEN
              + ", and the file "
              + dotEnvFile
              + " (same keys). Get a personal access token at"
              + " https://developer.webex.com/docs/getting-started (it expires after 12 hours),"
              + " or create a bot at https://developer.webex.com/my-apps/new/bot (bot tokens do"
              + " not expire).");
    }

    java.util.Optional<String> baseUrl() {
      String value = env.get(ENV_BASE_URL);
      if (value == null || value.isBlank()) {
        value = dotEnv().get(ENV_BASE_URL);
      }
      return value == null || value.isBlank()
          ? java.util.Optional.empty()
          : java.util.Optional.of(value.strip());
    }
  }
}
