package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.store.Blob;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RuleViolation;
import io.github.webex4j.emulator.store.SpillDirectory;
import io.github.webex4j.emulator.store.World;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The HTTP front end on 127.0.0.1: size cap, faults, bearer auth, rate limits, routing, error
 * mapping and request recording. Requests run on a bounded pool under deadlines ({@link
 * RequestExecutor}); handlers run under the world lock.
 */
public final class EmulatorServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(EmulatorServer.class.getName());
  private static final String API_ROOT = "/v1";
  private static final String CONTROL_ROOT = "/_emulator";
  private static final int MAX_RECORDED_BODY = 16 * 1024;

  /**
   * What is read and discarded of a request body left unread (too large, refused) after its answer
   * is written and before the exchange is closed: a client still sending then reads the answer
   * instead of a connection reset. Beyond it the connection is closed.
   */
  private static final long MAX_DRAIN = 256L * 1024 * 1024;

  /**
   * Upload bodies above this size are streamed to disk before the world lock is taken. It equals
   * {@link SpillDirectory#MEMORY_LIMIT}, so a file part that must be stored on disk always comes
   * from such a body and is kept as its region ({@link ApiRequest#keep}): no upload byte is ever
   * written while other requests wait for the lock.
   */
  private static final int UPLOAD_MEMORY = SpillDirectory.MEMORY_LIMIT;

  private static final String BAD_TOKEN =
      "The request requires a valid access token set in the Authorization request header.";

  private final World world;
  private final Router api;
  private final Router control;
  private final Router downloads;
  private final FaultEngine faults;
  private final RequestLog log;
  private final Settings settings;
  private final HttpServer server;
  private final RequestExecutor executor;

  /**
   * Binds 127.0.0.1:{@code port} (0 picks a free port) and starts serving.
   *
   * @throws IOException when the port cannot be bound
   */
  public EmulatorServer(
      int port,
      World world,
      Router api,
      Router control,
      Router downloads,
      FaultEngine faults,
      RequestLog log,
      Settings settings,
      ServerLimits limits)
      throws IOException {
    this.world = world;
    this.api = api;
    this.control = control;
    this.downloads = downloads;
    this.faults = faults;
    this.log = log;
    this.settings = settings;
    enableNoDelay();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.executor = new RequestExecutor(settings.threads(), limits);
    server.createContext("/", this::serve);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * The JDK server writes headers and body in separate packets; with Nagle's algorithm and delayed
   * ACKs each small response then stalls for about 40 ms. The JDK reads this switch once, when its
   * server classes load, so it is set (unless the application chose a value) before the first
   * server is created. It only affects {@code com.sun.net.httpserver} servers in this JVM.
   */
  private static void enableNoDelay() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Request threads serving an exchange right now. */
  int busyThreads() {
    return executor.busyThreads();
  }

  /** Threads answering 503 right now because every request thread was taken. */
  int refusingThreads() {
    return executor.refusingThreads();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }

  /**
   * Answers one exchange and always closes it. Whatever escapes {@link #answer} (an {@link Error}
   * such as a {@link NoClassDefFoundError} after a jar was rewritten under a running emulator, or a
   * bug while recording or sending) still gets a Webex-shaped 500 when no headers were sent yet, so
   * no client waits for an answer that never comes. Nothing propagates to the JDK server. When
   * every request thread is taken the answer is a quick 503 ({@link Watch.Mode#REFUSE}), or the
   * connection is closed unread ({@link Watch.Mode#CLOSE}).
   */
  private void serve(HttpExchange exchange) {
    Watch watch = RequestExecutor.current();
    String trackingId = ErrorBodies.newTrackingId();
    try {
      if (watch.mode() == Watch.Mode.CLOSE || !watch.working()) {
        return;
      }
      if (watch.mode() == Watch.Mode.REFUSE) {
        send(exchange, busy(trackingId), trackingId);
        return;
      }
      answer(exchange, trackingId);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Client went away: " + e.getMessage());
    } catch (Throwable t) {
      LOG.log(
          Level.ERROR,
          "Emulator failure answering "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getRawPath()
              + " ("
              + trackingId
              + ")",
          t);
      if (exchange.getResponseCode() == -1) {
        try {
          send(exchange, internalError(trackingId), trackingId);
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.DEBUG, "Could not send the 500: " + e);
        }
      }
    } finally {
      // Closing drains what is left of the body: it is I/O under the write deadline. Closing
      // before any headers were sent makes the JDK server drop the connection.
      watch.writing();
      exchange.close();
    }
  }

  /** The answer when every request thread is taken; the body is not read. */
  private static ApiResponse busy(String trackingId) {
    return error(
        503,
        "The emulator is serving too many requests at once; retry after Retry-After seconds.",
        Map.of("Retry-After", "1", "Connection", "close"),
        trackingId);
  }

  /**
   * Handles one request. The request is recorded before the answer is written, so a client that has
   * its answer always finds its request in {@link RequestLog}.
   */
  private void answer(HttpExchange exchange, String trackingId) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    boolean isApi = rawPath.equals(API_ROOT) || rawPath.startsWith(API_ROOT + "/");
    Body body = Body.NONE;
    try {
      Person caller = null;
      Optional<Fault> fault = Optional.empty();
      ApiResponse response;
      try {
        body = readBody(exchange, isUpload(exchange, rawPath));
        fault = isApi ? faults.take(exchange.getRequestMethod(), rawPath) : Optional.empty();
        boolean before = fault.isPresent() && !fault.get().isAfter();
        if (before && fault.get().kind() == Fault.Kind.DELAY) {
          sleep(fault.get().delay().toMillis());
          before = false;
          fault = Optional.empty();
        }
        if (before) {
          response = faultResponse(fault.get(), trackingId);
        } else {
          caller = authenticate(exchange);
          response = dispatch(exchange, rawPath, isApi, body, caller);
        }
      } catch (ApiException e) {
        response = error(e.status(), e.getMessage(), e.headers(), trackingId);
      } catch (RuleViolation e) {
        response =
            ApiResponse.json(
                e.kind().status(), ErrorBodies.body(e.getMessage(), e.errorCode(), trackingId));
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "Client went away: " + e.getMessage());
        return;
      } catch (RuntimeException | Error e) {
        // An Error is answered like a bug (the request may be half applied) and not rethrown:
        // rethrowing would only kill a pool thread, or the JDK server's dispatcher thread.
        LOG.log(Level.ERROR, "Emulator bug answering " + rawPath + " (" + trackingId + ")", e);
        response = internalError(trackingId);
      }
      // A spilled body the handler did not keep is gone before the client has its answer.
      body.delete();
      if (fault.isPresent() && fault.get().isAfter()) {
        // The request has taken effect; now the client sees the scripted failure instead.
        if (fault.get().kind() == Fault.Kind.DELAY) {
          sleep(fault.get().delay().toMillis());
        } else {
          response = faultResponse(fault.get(), trackingId);
        }
      }
      if (isApi) {
        record(exchange, body, response == null ? 0 : response.status(), caller);
      }
      if (response != null) {
        try {
          send(exchange, response, trackingId);
        } catch (IOException e) {
          LOG.log(Level.DEBUG, "Client went away: " + e.getMessage());
        }
      }
    } finally {
      body.delete();
    }
  }

  private static ApiResponse internalError(String trackingId) {
    return error(500, "Internal emulator error.", Map.of(), trackingId);
  }

  /**
   * A request body: in memory, or (large uploads) spilled to a file of the world's spill directory
   * and memory-mapped for parsing; the file is deleted once the answer is sent unless the handler
   * kept it as the upload's stored content.
   */
  private record Body(byte[] bytes, SpilledBody file, ByteBuffer mapped, long length) {
    static final Body NONE = new Body(new byte[0], null, null, 0);

    static Body of(byte[] bytes) {
      return new Body(bytes, null, null, bytes.length);
    }

    void delete() {
      if (file != null) {
        file.deleteUnlessKept();
      }
    }
  }

  /** Multipart {@code POST /v1/messages}: the one request that may carry a large file. */
  private static boolean isUpload(HttpExchange exchange, String rawPath) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return "POST".equals(exchange.getRequestMethod())
        && rawPath.equals(API_ROOT + "/messages")
        && type != null
        && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private ApiResponse dispatch(
      HttpExchange exchange, String rawPath, boolean isApi, Body body, Person caller) {
    boolean isControl = rawPath.equals(CONTROL_ROOT) || rawPath.startsWith(CONTROL_ROOT + "/");
    String root = isApi ? API_ROOT : isControl ? CONTROL_ROOT : "";
    Router router = isApi ? api : isControl ? control : downloads;
    List<String> segments = segments(rawPath.substring(root.length()));
    String method = exchange.getRequestMethod();
    Optional<Router.Match> found = router.match(method, segments);
    // Paths outside /v1 and /_emulator (download links) never need a token.
    boolean anonymous = (!isApi && !isControl) || found.map(Router.Match::anonymous).orElse(false);
    if (caller == null && !anonymous) {
      throw new ApiException(401, BAD_TOKEN);
    }
    if (isApi) {
      OptionalLong retryAfter = faults.overLimit(bearer(exchange));
      if (retryAfter.isPresent()) {
        throw new ApiException(
            429,
            "The user has sent too many requests in a given amount of time. Please refer to the"
                + " Retry-After response header to wait before making a new request.",
            Map.of("Retry-After", Long.toString(retryAfter.getAsLong())));
      }
    } else if (isControl
        && !anonymous
        && (caller == null || !caller.id.equals(world.locked(() -> world.admin().id)))) {
      throw ApiException.forbidden("The control API needs the emulator's admin token.");
    }
    Router.Match match =
        found.orElseThrow(
            () -> ApiException.notFound("The requested resource could not be found."));
    if (match.handler() == null) {
      throw new ApiException(
          405,
          "Request method '" + method + "' not supported",
          Map.of("Allow", String.join(", ", match.allowed())));
    }
    ApiRequest request =
        new ApiRequest(
            method,
            "/" + String.join("/", segments),
            query(exchange.getRequestURI().getRawQuery()),
            exchange.getRequestHeaders(),
            body.bytes(),
            body.mapped(),
            body.file(),
            baseUrl(exchange),
            caller,
            match.params());
    return world.locked(() -> match.handler().handle(request));
  }

  private Person authenticate(HttpExchange exchange) {
    String token = bearer(exchange);
    return token == null ? null : world.locked(() -> world.people.byToken(token).orElse(null));
  }

  private static String bearer(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  /**
   * Reads the body under its cap: {@link Settings#maxRequestBytes()} in memory for every request,
   * except uploads ({@link #isUpload}), which may carry {@link Settings#maxUploadBytes()} plus
   * {@link Settings#UPLOAD_OVERHEAD}; an upload body above {@link #UPLOAD_MEMORY} is streamed to a
   * temporary file (so several 100 MB uploads never sit in the heap) and memory-mapped.
   *
   * <p>A declared length above the cap is answered 413 before any byte is read; a chunked body is
   * read up to the cap. The JDK server checks the framing headers itself: it answers a non-numeric,
   * negative or repeated {@code Content-Length}, or one beside {@code Transfer-Encoding}, with its
   * own 400 (an HTML body) and an unknown {@code Transfer-Encoding} with 501, before this server
   * sees the request.
   *
   * @throws ApiException 413 above the cap, 400 for a body shorter than its {@code Content-Length}
   *     or broken chunks
   */
  private Body readBody(HttpExchange exchange, boolean upload) throws IOException {
    Watch watch = RequestExecutor.current();
    if (!watch.readingBody()) {
      throw new IOException("Request cut off");
    }
    try {
      Body body = readBodyUnwatched(exchange, upload);
      if (!watch.working()) {
        body.delete();
        throw new IOException("Request body timed out");
      }
      return body;
    } catch (ApiException e) {
      if (!watch.working()) {
        throw new IOException("Request body timed out", e);
      }
      throw e;
    } catch (BrokenBody e) {
      if (!watch.working()) {
        throw new IOException("Request body timed out", e);
      }
      throw new ApiException(
          400,
          "The request body is shorter than its Content-Length or its chunks are malformed.",
          Map.of("Connection", "close"));
    }
  }

  /** A failed read of the request body: cut short or badly chunked (or cut off by the watchdog). */
  private static final class BrokenBody extends IOException {
    private static final long serialVersionUID = 1L;

    BrokenBody(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The request body, telling its read failures apart from those of the spill file. */
  private static InputStream requestBody(HttpExchange exchange) {
    InputStream in = exchange.getRequestBody();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new BrokenBody(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new BrokenBody(e);
        }
      }

      @Override
      public void close() {
        // the exchange closes the body once it is answered
      }
    };
  }

  private Body readBodyUnwatched(HttpExchange exchange, boolean upload) throws IOException {
    // The JDK server has already checked that a Content-Length is a single non-negative number.
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    long length = declared == null ? -1 : Long.parseLong(declared.trim());
    long cap =
        upload ? settings.maxUploadBytes() + Settings.UPLOAD_OVERHEAD : settings.maxRequestBytes();
    if (length > cap) {
      throw tooLarge(cap);
    }
    InputStream in = requestBody(exchange);
    int inMemory = (int) Math.min(cap, upload ? UPLOAD_MEMORY : cap);
    byte[] head = in.readNBytes(inMemory + 1);
    if (head.length <= inMemory) {
      return Body.of(head);
    }
    if (!upload) {
      throw tooLarge(cap);
    }
    return spill(in, head, cap);
  }

  private Body spill(InputStream in, byte[] head, long cap) throws IOException {
    Path file = world.spill().newFile("upload-");
    boolean done = false;
    try {
      long total = head.length;
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(head);
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > cap) {
            throw tooLarge(cap);
          }
          out.write(buffer, 0, n);
        }
      }
      ByteBuffer mapped;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, total);
      }
      done = true;
      return new Body(new byte[0], new SpilledBody(file), mapped, total);
    } finally {
      if (!done) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Reads and discards up to {@link #MAX_DRAIN} bytes of the request body still unread, once the
   * answer is on the wire and before the exchange is closed: closing with unread data would make
   * the kernel reset the connection, and a client still sending would lose the answer. Nothing is
   * left for a request whose body was read. A broken body ends the draining; the JDK server then
   * closes the connection.
   */
  private static void drainRequest(HttpExchange exchange) {
    InputStream in = exchange.getRequestBody();
    long left = MAX_DRAIN;
    byte[] buffer = new byte[64 * 1024];
    try {
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Stopped draining a request body: " + e.getMessage());
    }
  }

  private static ApiException tooLarge(long cap) {
    return new ApiException(
        413,
        "The request payload is too big (limit " + cap + " bytes).",
        Map.of("Connection", "close"));
  }

  /** The answer a status or malformed-body fault gives; null to drop the connection. */
  private static ApiResponse faultResponse(Fault fault, String trackingId) {
    switch (fault.kind()) {
      case DROP_CONNECTION -> {
        return null;
      }
      case MALFORMED_BODY -> {
        return ApiResponse.bytes(
            fault.status(),
            ApiResponse.JSON,
            "{\"items\":[{\"id\":\"truncated".getBytes(StandardCharsets.UTF_8));
      }
      default -> {
        Map<String, String> headers = new LinkedHashMap<>();
        if (fault.retryAfter() != null) {
          headers.put("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
        }
        return error(fault.status(), faultMessage(fault.status()), headers, trackingId);
      }
    }
  }

  private static String faultMessage(int status) {
    return switch (status) {
      case 429 ->
          "The user has sent too many requests in a given amount of time. Please refer to"
              + " the Retry-After response header to wait before making a new request.";
      case 503 -> "Service Unavailable";
      case 502 -> "Bad Gateway";
      case 504 -> "Gateway Timeout";
      default -> "Injected fault " + status + ".";
    };
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ApiResponse error(
      int status, String message, Map<String, String> headers, String trackingId) {
    ApiResponse response = ApiResponse.json(status, ErrorBodies.body(message, trackingId));
    headers.forEach(response::header);
    return response;
  }

  private void send(HttpExchange exchange, ApiResponse response, String trackingId)
      throws IOException {
    if (!RequestExecutor.current().writing()) {
      throw new IOException("Request cut off");
    }
    var headers = exchange.getResponseHeaders();
    headers.set("Trackingid", trackingId);
    headers.set("Cache-Control", "no-cache");
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    response.headers().forEach(headers::set);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    if (response.writer() != null) {
      // Length 0: chunked, written as it is produced.
      exchange.sendResponseHeaders(response.status(), head ? -1 : 0);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          response.writer().writeTo(out);
          out.flush();
          drainRequest(exchange);
        }
      }
      return;
    }
    Blob blob = response.blob();
    long length = blob != null ? blob.length() : response.body().length;
    if (head && length > 0) {
      // A HEAD answer announces the length a GET would send (the JDK server omits it otherwise).
      headers.set("Content-Length", Long.toString(length));
    }
    boolean empty = length == 0 || head;
    // A stored file is opened before the headers go out, so a missing file becomes a 500: once a
    // fixed length is announced, the JDK server (17) neither completes nor closes the connection
    // of a body cut short, and the client would wait for the rest.
    try (InputStream in = empty || blob == null ? null : open(blob)) {
      exchange.sendResponseHeaders(response.status(), empty ? -1 : length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          if (in == null) {
            out.write(response.body());
          } else {
            in.transferTo(out);
          }
          out.flush();
          drainRequest(exchange);
        }
      }
    }
  }

  private static InputStream open(Blob blob) {
    try {
      return blob.open();
    } catch (IOException e) {
      throw new UncheckedIOException("A stored file cannot be read", e);
    }
  }

  private void record(HttpExchange exchange, Body body, int status, Person caller) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name, List.copyOf(values));
              }
            });
    String query = exchange.getRequestURI().getRawQuery();
    log.add(
        new RecordedRequest(
            world.clock().instant(),
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            query == null ? "" : query,
            headers,
            bodyText(body),
            status,
            caller == null ? null : caller.id));
  }

  private static String bodyText(Body body) {
    if (body.length() > MAX_RECORDED_BODY) {
      return "<" + body.length() + " bytes>";
    }
    try {
      return Utf8.decode(body.bytes(), "body");
    } catch (ApiException e) {
      return "<" + body.length() + " bytes>";
    }
  }

  private static String baseUrl(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
      host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
    }
    return "http://" + host + API_ROOT;
  }

  private static List<String> segments(String relative) {
    List<String> segments = new ArrayList<>();
    if (relative.isEmpty() || relative.equals("/")) {
      return segments;
    }
    for (String raw : relative.substring(1).split("/", -1)) {
      segments.add(decode(raw.replace("+", "%2B")));
    }
    return segments;
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("The request URI is not correctly percent-encoded.");
    }
  }
}
