package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.World;
import java.time.ZoneOffset;

/**
 * Control endpoints. {@code POST /_emulator/meetings/{meetingId}/start} starts a series (its
 * current occurrence) or an occurrence now and answers 200 {@code {"meeting": <occurrence>}}.
 * {@code POST /_emulator/meetings/{meetingId}/end} ends a meeting series (its current occurrence),
 * an occurrence or an ad-hoc meeting as if it had been held for its scheduled length, and records
 * it. Answers 200 {@code {"meeting": <ended instance>, "recording": <recording>}}.
 */
public final class MeetingsControlApi implements ApiFamily {
  private final World world;

  /** Creates the control family over {@code world}. */
  public MeetingsControlApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .post("/meetings/{meetingId}/start", this::start)
        .post("/meetings/{meetingId}/end", this::end);
  }

  private ApiResponse start(ApiRequest request) {
    ObjectNode body = Json.object();
    body.set("meeting", MeetingEvents.startAndPublish(world, request.pathParam("meetingId")));
    return ApiResponse.ok(body);
  }

  private ApiResponse end(ApiRequest request) {
    Recording recording = MeetingEvents.endAndRecord(world, request.pathParam("meetingId"));
    MeetingsApi meetings = new MeetingsApi(world);
    ObjectNode body = Json.object();
    body.set("meeting", meetings.renderInstance(recording.instance, ZoneOffset.UTC));
    body.set("recording", RecordingsApi.render(recording, ZoneOffset.UTC));
    return ApiResponse.ok(body);
  }
}
