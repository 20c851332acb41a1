package io.github.webex4j.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.messages.MessageCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rooms against the in-process emulator. */
class RoomsTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private EmulatedPerson ana;
  private WebexClient webex;

  @BeforeEach
  void newPerson() {
    ana = clients.person("Ana");
    webex = clients.clientFor(ana);
  }

  @Test
  void createGetUpdateDelete() {
    Room created =
        webex.rooms().create(RoomCreateParams.builder().title("Dev Room").isLocked(true).build());

    assertThat(created.id()).isNotBlank();
    assertThat(created.title()).isEqualTo("Dev Room");
    assertThat(created.type()).isEqualTo(RoomType.GROUP);
    assertThat(created.isLocked()).isTrue();
    assertThat(created.creatorId()).isEqualTo(ana.id());
    assertThat(created.created()).isNotNull();
    assertThat(webex.rooms().get(created.id())).isEqualTo(created);

    Room renamed =
        webex
            .rooms()
            .update(
                created.id(),
                RoomUpdateParams.builder().title("Ops Room").isAnnouncementOnly(true).build());
    assertThat(renamed.title()).isEqualTo("Ops Room");
    assertThat(renamed.isAnnouncementOnly()).isTrue();

    webex.rooms().delete(created.id());
    assertThatThrownBy(() -> webex.rooms().get(created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void unknownRoomIsNotFoundWithTrackingIdOnEveryVerb() {
    String missing = "Y2lzY29zcGFyazovL3VzL1JPT00vMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw";
    for (Runnable call :
        List.<Runnable>of(
            () -> webex.rooms().get(missing),
            () -> webex.rooms().update(missing, RoomUpdateParams.of("x")),
            () -> webex.rooms().delete(missing),
            () -> webex.rooms().meetingInfo(missing))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.trackingId()).isNotBlank();
                assertThat(e.getMessage()).contains(e.trackingId());
              });
    }
  }

  @Test
  void nonMemberCannotUpdateOrSeeARoom() {
    Room room = webex.rooms().create(RoomCreateParams.of("Private"));
    WebexClient outsider = clients.clientFor(clients.person("Bob"));

    assertThatThrownBy(() -> outsider.rooms().update(room.id(), RoomUpdateParams.of("Mine")))
        .isInstanceOf(WebexApiException.class)
        .satisfies(e -> assertThat(((WebexApiException) e).statusCode()).isIn(403, 404));
  }

  @Test
  void nonModeratorCannotUpdateALockedRoom() {
    Room room =
        webex.rooms().create(RoomCreateParams.builder().title("Locked").isLocked(true).build());
    EmulatedPerson bob = clients.person("Bob");
    webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), bob.id()));

    assertThatThrownBy(
            () -> clients.clientFor(bob).rooms().update(room.id(), RoomUpdateParams.of("Bob's")))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void serverRejectsAnnouncementModeOnUnlockedRoom() {
    assertThatThrownBy(
            () ->
                webex
                    .rooms()
                    .create(RoomCreateParams.builder().title("A").isAnnouncementOnly(true).build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void listsAcrossThreePagesAndFiltersByType() {
    for (int i = 1; i <= 7; i++) {
      webex.rooms().create(RoomCreateParams.of("Room " + i));
    }

    Page<Room> first =
        webex.rooms().list(RoomListParams.builder().type(RoomType.GROUP).pageSize(3).build());
    assertThat(first.items()).hasSize(3);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPage().nextPage().items()).isNotEmpty();

    List<String> titles =
        first.autoPager().stream().map(Room::title).sorted().collect(Collectors.toList());
    assertThat(titles)
        .containsExactly("Room 1", "Room 2", "Room 3", "Room 4", "Room 5", "Room 6", "Room 7");
    assertThat(webex.rooms().list(RoomListParams.builder().type(RoomType.DIRECT).build()).items())
        .isEmpty();
  }

  @Test
  void listsSortedByLastActivity() {
    Room older = webex.rooms().create(RoomCreateParams.of("Older"));
    webex.rooms().create(RoomCreateParams.of("Newer"));
    webex.messages().create(MessageCreateParams.textTo(older.id(), "bump"));

    List<String> titles =
        webex
            .rooms()
            .list(RoomListParams.builder().sortBy(RoomSortBy.LAST_ACTIVITY).build())
            .items()
            .stream()
            .map(Room::title)
            .collect(Collectors.toList());

    assertThat(titles).containsExactly("Older", "Newer");
  }

  @Test
  void meetingInfoOfAMemberRoomDecodes() {
    Room room = webex.rooms().create(RoomCreateParams.of("Meet"));

    RoomMeetingInfo info = webex.rooms().meetingInfo(room.id());

    assertThat(info).isNotNull();
  }
}
