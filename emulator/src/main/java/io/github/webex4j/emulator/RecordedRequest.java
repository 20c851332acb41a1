package io.github.webex4j.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the emulator received under {@code /v1}. The {@code Authorization} header is never
 * recorded.
 *
 * @param time when it arrived (emulator clock)
 * @param method the HTTP method
 * @param path the raw path, e.g. {@code /v1/rooms}
 * @param query the raw query string, or empty
 * @param headers request headers except {@code Authorization}
 * @param body the body as UTF-8 text; bodies over 16 KiB or not UTF-8 as {@code <n bytes>}
 * @param status the status answered (0 when the connection was dropped)
 * @param personId the authenticated caller, or null
 */
public record RecordedRequest(
    Instant time,
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    int status,
    String personId) {}
