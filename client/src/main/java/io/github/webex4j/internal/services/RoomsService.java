package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomListParams;
import io.github.webex4j.rooms.RoomMeetingInfo;
import io.github.webex4j.rooms.RoomUpdateParams;
import io.github.webex4j.rooms.Rooms;
import java.util.Objects;

/** {@link Rooms} over the transport. */
public final class RoomsService implements Rooms {
  private static final String PATH = "rooms";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public RoomsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<Room> list() {
    return list(RoomListParams.none());
  }

  @Override
  public Page<Room> list(RoomListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("teamId", params.teamId())
            .add("type", params.type())
            .add("orgPublicSpaces", params.orgPublicSpaces())
            .add("from", params.from())
            .add("to", params.to())
            .add("sortBy", params.sortBy())
            .add("max", params.pageSize());
    return transport.list(PATH, query, Room.class);
  }

  @Override
  public Room get(String roomId) {
    return transport.get(path(roomId), null, Room.class);
  }

  @Override
  public Room create(RoomCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, Room.class);
  }

  @Override
  public Room update(String roomId, RoomUpdateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(path(roomId), params, Room.class);
  }

  @Override
  public void delete(String roomId) {
    transport.delete(path(roomId));
  }

  @Override
  public RoomMeetingInfo meetingInfo(String roomId) {
    return transport.get(
        Paths.of(PATH, Paths.nonBlank(roomId, "roomId"), "meetingInfo"),
        null,
        RoomMeetingInfo.class);
  }

  private static String path(String roomId) {
    return Paths.of(PATH, Paths.nonBlank(roomId, "roomId"));
  }
}
