package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One exchange as the filters of {@link EmulatorServer} pass it down the chain: the JDK's exchange
 * (every {@link HttpExchange} method delegates to it) plus what the filters learn about this one
 * request: its tracking id, body, route, caller and answer.
 *
 * <p>Why a wrapper: in JDK 17 {@link HttpExchange#setAttribute} stores into the attributes of the
 * {@link HttpContext}, which every concurrent exchange of the context shares, so attributes cannot
 * carry per-request state. The wrapper is created by the first filter ({@link ExchangeFilter}) and
 * handed to {@link Filter.Chain#doFilter}; each later filter and the handler receive this object.
 *
 * <p>Filters answer by {@link #respond setting the answer}; {@link ExchangeFilter} sends it once
 * the whole chain has returned, so filters that run after the inner chain (recording, faults that
 * fire after the request took effect) still see and may replace it. Used by one thread.
 */
final class ServedExchange extends HttpExchange {
  private static final System.Logger LOG = System.getLogger(ServedExchange.class.getName());

  /** The path below a context's root, decoded, and the route it matched (empty: no pattern). */
  record Route(List<String> segments, Optional<Router.Match> match) {}

  private final HttpExchange exchange;
  private final String trackingId = ErrorBodies.newTrackingId();
  private RequestBody body = RequestBody.NONE;
  private Route route;
  private Person caller;
  private ApiResponse response;

  ServedExchange(HttpExchange exchange) {
    this.exchange = exchange;
  }

  /** The exchange a filter received, which {@link ExchangeFilter} wrapped. */
  static ServedExchange of(HttpExchange exchange) {
    return (ServedExchange) exchange;
  }

  /**
   * Runs the rest of the chain; a failure it throws becomes the answer (a Webex error body), so a
   * filter looking at the answer afterwards always finds one. An {@link IOException} (the client
   * went away or was cut off) propagates: nothing is recorded or sent for it.
   */
  void proceed(Filter.Chain chain) throws IOException {
    try {
      chain.doFilter(this);
    } catch (ApiException e) {
      respond(ErrorBodies.response(e.status(), e.getMessage(), e.headers(), trackingId));
    } catch (RuleViolation e) {
      respond(
          ApiResponse.json(
              e.kind().status(), ErrorBodies.body(e.getMessage(), e.errorCode(), trackingId)));
    } catch (RuntimeException | Error e) {
      // An Error is answered like a bug (the request may be half applied) and not rethrown:
      // rethrowing would only kill a pool thread, or the JDK server's dispatcher thread.
      LOG.log(Level.ERROR, "Emulator bug answering " + rawPath() + " (" + trackingId + ")", e);
      respond(ErrorBodies.internalError(trackingId));
    }
  }

  String trackingId() {
    return trackingId;
  }

  String rawPath() {
    return exchange.getRequestURI().getRawPath();
  }

  RequestBody body() {
    return body;
  }

  void body(RequestBody body) {
    this.body = body;
  }

  /** Set by {@link RouteFilter}. */
  Route route() {
    return route;
  }

  void route(Route route) {
    this.route = route;
  }

  /** The person whose token the request carries (set by {@link AuthFilter}); null for none. */
  Person caller() {
    return caller;
  }

  void caller(Person caller) {
    this.caller = caller;
  }

  /** The answer so far; null while there is none, or when the connection is to be dropped. */
  ApiResponse response() {
    return response;
  }

  /** Sets (or replaces) the answer; null drops the connection without one. */
  void respond(ApiResponse response) {
    this.response = response;
  }

  @Override
  public Headers getRequestHeaders() {
    return exchange.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return exchange.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return exchange.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return exchange.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return exchange.getHttpContext();
  }

  @Override
  public void close() {
    exchange.close();
  }

  @Override
  public InputStream getRequestBody() {
    return exchange.getRequestBody();
  }

  @Override
  public OutputStream getResponseBody() {
    return exchange.getResponseBody();
  }

  @Override
  public void sendResponseHeaders(int code, long length) throws IOException {
    exchange.sendResponseHeaders(code, length);
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return exchange.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return exchange.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return exchange.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return exchange.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return exchange.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    exchange.setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    exchange.setStreams(in, out);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return exchange.getPrincipal();
  }
}
