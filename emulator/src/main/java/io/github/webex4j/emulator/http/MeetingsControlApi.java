package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.MeetingRenderer;
import io.github.webex4j.emulator.render.RecordingRenderer;
import io.github.webex4j.emulator.store.MeetingStore;
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
    MeetingStore.Occurrence started = world.meetings.start(request.pathParam("meetingId"));
    body.set("meeting", new MeetingRenderer(world).occurrence(started, ZoneOffset.UTC));
    return ApiResponse.ok(body);
  }

  private ApiResponse end(ApiRequest request) {
    Recording recording = world.meetings.endAndRecord(request.pathParam("meetingId"));
    ObjectNode body = Json.object();
    body.set("meeting", new MeetingRenderer(world).instance(recording.instance, ZoneOffset.UTC));
    body.set("recording", RecordingRenderer.render(recording, ZoneOffset.UTC));
    return ApiResponse.ok(body);
  }
}
