package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.World;
import java.util.List;

/**
 * The one place where resource families are registered: add one line per family to {@link #all}.
 * Each family is one handler class (its routes) backed by one store class in {@link World}. Extra
 * control endpoints under {@code /_emulator} go into {@link #controls}.
 */
public final class Families {
  private Families() {}

  /** Every API family (routes under {@code /v1}), constructed over {@code world}. */
  public static List<ApiFamily> all(World world, Settings settings) {
    return List.of(
        new PeopleApi(world),
        new RoomsApi(world),
        new RoomTabsApi(world),
        new MembershipsApi(world),
        new MessagesApi(world, settings),
        new AttachmentActionsApi(world),
        new TeamsApi(world),
        new TeamMembershipsApi(world),
        new WebhooksApi(world, settings),
        new EventsApi(world),
        new OrganizationsApi(world),
        new RolesApi(world),
        new LicensesApi(world),
        new AdminAuditApi(world),
        new GroupsApi(world),
        new MeetingsApi(world),
        new MeetingJoinApi(world),
        new AdminMeetingsApi(world),
        new MeetingRegistrantsApi(world),
        new RecordingsApi(world),
        new RecordingRecycleBinApi(world),
        new AdminRecordingsApi(world),
        new GroupRecordingsApi(world),
        new GuestIssuerApi(world));
  }

  /**
   * Routes outside {@code /v1} and {@code /_emulator} that need no token (temporary download links,
   * which Webex serves on another host); patterns are absolute paths.
   */
  public static List<ApiFamily> downloads(World world) {
    return List.of(new RecordingDownloadsApi(world));
  }

  /** Family-specific control endpoints (routes under {@code /_emulator}, admin token only). */
  public static List<ApiFamily> controls(World world) {
    return List.of(
        new MeetingsControlApi(world),
        new GuestIssuerControlApi(world),
        new SnapshotControlApi(world));
  }
}
