package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.webex4j.emulator.store.World;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The HTTP front end on 127.0.0.1. Requests run on a bounded pool under deadlines ({@link
 * RequestExecutor}); each context answers through a chain of filters over a {@link RouteHandler}
 * (handlers run under the world lock):
 *
 * <ul>
 *   <li>{@code /v1}: {@link ExchangeFilter}, {@link RecordingFilter}, {@link BodyFilter}, {@link
 *       FaultFilter}, {@link RouteFilter}, {@link AuthFilter} (any person), {@link
 *       RateLimitFilter};
 *   <li>{@code /_emulator} (control API): {@link ExchangeFilter}, {@link BodyFilter}, {@link
 *       RouteFilter}, {@link AuthFilter} (admin only);
 *   <li>{@code /} (download links, no token): {@link ExchangeFilter}, {@link BodyFilter}, {@link
 *       RouteFilter}.
 * </ul>
 */
public final class EmulatorServer implements AutoCloseable {
  private static final String API_ROOT = "/v1";
  private static final String CONTROL_ROOT = "/_emulator";

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
    enableNoDelay();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.executor = new RequestExecutor(settings.threads(), limits);
    RouteHandler handler = new RouteHandler(world, API_ROOT);
    Filter.Chain elsewhere =
        context(
            "/",
            List.of(
                new ExchangeFilter(),
                new BodyFilter(world, settings),
                new RouteFilter("", downloads)),
            handler);
    context(
        API_ROOT,
        List.of(
            new WithinRoot(API_ROOT, elsewhere),
            new ExchangeFilter(),
            new RecordingFilter(log, world.clock()),
            new BodyFilter(world, settings),
            new FaultFilter(faults),
            new RouteFilter(API_ROOT, api),
            AuthFilter.anyPerson(world),
            new RateLimitFilter(faults)),
        handler);
    context(
        CONTROL_ROOT,
        List.of(
            new WithinRoot(CONTROL_ROOT, elsewhere),
            new ExchangeFilter(),
            new BodyFilter(world, settings),
            new RouteFilter(CONTROL_ROOT, control),
            AuthFilter.adminOnly(world)),
        handler);
    server.setExecutor(executor);
    server.start();
  }

  /** Creates the context {@code path} with {@code filters}; returns its chain. */
  private Filter.Chain context(String path, List<Filter> filters, RouteHandler handler) {
    HttpContext context = server.createContext(path, handler);
    context.getFilters().addAll(filters);
    return new Filter.Chain(List.copyOf(filters), handler);
  }

  /**
   * The JDK (17) gives a context every path that merely starts with its path, decoded ({@code
   * /v1x}, {@code /%761/rooms}); this first filter hands any path whose raw form is not the root or
   * below it ({@code /v1/...}) to the chain of {@code /} instead.
   */
  private static final class WithinRoot extends Filter {
    private final String root;
    private final Filter.Chain elsewhere;

    WithinRoot(String root, Filter.Chain elsewhere) {
      this.root = root;
      this.elsewhere = elsewhere;
    }

    @Override
    public String description() {
      return "Keeps " + root + " to its own paths";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
      String raw = exchange.getRequestURI().getRawPath();
      if (raw.equals(root) || raw.startsWith(root + "/")) {
        chain.doFilter(exchange);
      } else {
        elsewhere.doFilter(exchange);
      }
    }
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

  /** Admission places (request threads plus queue places) not taken right now. */
  int freePermits() {
    return executor.freePermits();
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
}
