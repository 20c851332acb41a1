package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.store.Timestamps;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /_emulator/requests?max=&after=}: a page of the request log, oldest first, streamed as
 * it is written, with {@code Link: <...>; rel="next"} while more entries follow (like the Webex
 * lists). {@code after} is the {@code sequence} of the last entry already seen.
 */
final class RequestLogPages {
  static final int DEFAULT_MAX = 1000;
  static final int MAX = 10_000;
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private RequestLogPages() {}

  static ApiResponse answer(RequestLog log, ApiRequest request) {
    int max = (int) Math.min(MAX, number(request, "max", DEFAULT_MAX, 1));
    long after = number(request, "after", 0, 0);
    RequestLog.Page page = log.page(after, max);
    long dropped = log.dropped();
    ApiResponse response =
        ApiResponse.streamed(200, ApiResponse.JSON, out -> write(out, page.entries(), dropped));
    if (page.more()) {
      long last = page.entries().get(page.entries().size() - 1).sequence();
      String root = request.baseUrl().substring(0, request.baseUrl().length() - "/v1".length());
      response.header(
          "Link",
          "<" + root + "/_emulator/requests?max=" + max + "&after=" + last + ">; rel=\"next\"");
    }
    return response;
  }

  private static long number(ApiRequest request, String name, long fallback, long min) {
    String value = request.query(name);
    if (value == null) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value);
      if (number >= min) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest(
        "Invalid value for parameter '" + name + "': expected an integer of at least " + min);
  }

  private static void write(OutputStream out, List<RequestLog.Entry> entries, long dropped)
      throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("items");
      for (RequestLog.Entry entry : entries) {
        write(json, entry);
      }
      json.writeEndArray();
      json.writeNumberField("dropped", dropped);
      json.writeEndObject();
    }
  }

  private static void write(JsonGenerator json, RequestLog.Entry entry) throws IOException {
    RecordedRequest r = entry.request();
    json.writeStartObject();
    json.writeNumberField("sequence", entry.sequence());
    json.writeStringField("time", Timestamps.format(r.time()));
    json.writeStringField("method", r.method());
    json.writeStringField("path", r.path());
    json.writeStringField("query", r.query());
    json.writeObjectFieldStart("headers");
    for (Map.Entry<String, List<String>> header : r.headers().entrySet()) {
      json.writeArrayFieldStart(header.getKey());
      for (String value : header.getValue()) {
        json.writeString(value);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeStringField("body", r.body());
    json.writeNumberField("status", r.status());
    if (r.personId() != null) {
      json.writeStringField("personId", r.personId());
    }
    json.writeEndObject();
  }
}
