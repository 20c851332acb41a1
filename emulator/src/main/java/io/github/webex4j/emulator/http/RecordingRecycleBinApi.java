package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.RecordingStore.Status;
import io.github.webex4j.emulator.store.World;
import java.util.List;

/**
 * The recycle bin of the caller's recordings: {@code POST /recordings/softDelete} moves available
 * recordings into it, {@code /recordings/restore} brings them back, {@code /recordings/purge}
 * removes them for good ({@code restoreAll} / {@code purgeAll} for the whole bin); each answers
 * 204. {@code recordingIds} holds 1 to 100 ids of recordings the caller hosts; {@code siteUrl},
 * when given, must be the emulator's site. The bin is listed by {@code GET
 * /recordings?status=deleted}.
 *
 * <p>[?] Not documented, chosen here: an unknown id or one of another host is a 404, a recording in
 * the wrong place (restoring an available one, soft-deleting one already in the bin) a 400, and
 * nothing moves unless every id can.
 */
public final class RecordingRecycleBinApi implements ApiFamily {
  private static final int MAX_IDS = 100;

  private final World world;

  /** Serves the recycle bin of {@code world}'s recordings. */
  public RecordingRecycleBinApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .post("/recordings/softDelete", this::softDelete)
        .post("/recordings/restore", this::restore)
        .post("/recordings/purge", this::purge);
  }

  private ApiResponse softDelete(ApiRequest request) {
    JsonBody body = request.json();
    List<Recording> recordings = named(request.caller(), body);
    world.recordings.move(recordings, Status.AVAILABLE, Status.DELETED);
    return ApiResponse.noContent();
  }

  private ApiResponse restore(ApiRequest request) {
    return fromBin(request, "restoreAll", Status.AVAILABLE);
  }

  private ApiResponse purge(ApiRequest request) {
    return fromBin(request, "purgeAll", Status.PURGED);
  }

  private ApiResponse fromBin(ApiRequest request, String allField, Status to) {
    JsonBody body = request.json();
    Person caller = request.caller();
    List<Recording> recordings;
    if (Boolean.TRUE.equals(body.optBoolean(allField))) {
      List<String> ids = body.optStringList("recordingIds");
      if (ids != null && !ids.isEmpty()) {
        throw ApiException.badRequest(
            "'recordingIds' must be empty when '" + allField + "' is true.");
      }
      site(body);
      recordings =
          world.recordings.newestFirst().stream()
              .filter(r -> r.hostId.equals(caller.id) && r.status == Status.DELETED)
              .toList();
    } else {
      recordings = named(caller, body);
    }
    world.recordings.move(recordings, Status.DELETED, to);
    return ApiResponse.noContent();
  }

  private List<Recording> named(Person caller, JsonBody body) {
    site(body);
    List<String> ids = body.optStringList("recordingIds");
    if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
      throw ApiException.badRequest("'recordingIds' must hold 1 to " + MAX_IDS + " ids.");
    }
    return ids.stream().map(id -> world.recordings.hostedBy(caller, id)).distinct().toList();
  }

  private static void site(JsonBody body) {
    String siteUrl = body.optString("siteUrl");
    if (siteUrl != null && !siteUrl.equalsIgnoreCase(LicenseStore.SITE_URL)) {
      throw ApiException.badRequest("Invalid value for 'siteUrl': " + siteUrl);
    }
  }
}
