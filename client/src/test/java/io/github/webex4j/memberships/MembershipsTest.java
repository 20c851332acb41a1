package io.github.webex4j.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Memberships against the in-process emulator. */
class MembershipsTest {
  private static final String MISSING =
      "Y2lzY29zcGFyazovL3VzL01FTUJFUlNISVAvMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw";

  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private EmulatedPerson ana;
  private EmulatedPerson bob;
  private WebexClient webex;
  private Room room;

  @BeforeEach
  void setUp() {
    ana = clients.person("Ana");
    bob = clients.person("Bob");
    webex = clients.clientFor(ana);
    room = webex.rooms().create(RoomCreateParams.of("Dev Room"));
  }

  @Test
  void addByEmailThenGetUpdateDelete() {
    Membership added =
        webex.memberships().create(MembershipCreateParams.byEmail(room.id(), bob.email()));

    assertThat(added.roomId()).isEqualTo(room.id());
    assertThat(added.personId()).isEqualTo(bob.id());
    assertThat(added.personEmail()).isEqualTo(bob.email());
    assertThat(added.personDisplayName()).isEqualTo("Bob");
    assertThat(added.isModerator()).isFalse();
    assertThat(added.roomType()).isEqualTo(RoomType.GROUP);
    assertThat(added.created()).isNotNull();
    assertThat(webex.memberships().get(added.id())).isEqualTo(added);

    Membership promoted =
        webex.memberships().update(added.id(), MembershipUpdateParams.moderator(true));
    assertThat(promoted.isModerator()).isTrue();

    webex.memberships().delete(added.id());
    assertThatThrownBy(() -> webex.memberships().get(added.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void addByPersonIdAsModerator() {
    Membership added =
        webex
            .memberships()
            .create(
                MembershipCreateParams.builder()
                    .roomId(room.id())
                    .personId(bob.id())
                    .isModerator(true)
                    .build());

    assertThat(added.isModerator()).isTrue();
  }

  @Test
  void addingAMemberTwiceConflicts() {
    webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), bob.id()));

    assertThatThrownBy(
            () ->
                webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), bob.id())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.trackingId()).isNotBlank();
            });
  }

  @Test
  void nonModeratorCannotAddToALockedRoom() {
    Room locked =
        webex.rooms().create(RoomCreateParams.builder().title("Locked").isLocked(true).build());
    webex.memberships().create(MembershipCreateParams.byPersonId(locked.id(), bob.id()));
    EmulatedPerson carol = clients.person("Carol");

    assertThatThrownBy(
            () ->
                clients
                    .clientFor(bob)
                    .memberships()
                    .create(MembershipCreateParams.byPersonId(locked.id(), carol.id())))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void unknownMembershipIsNotFoundForEveryVerb() {
    for (Runnable call :
        List.<Runnable>of(
            () -> webex.memberships().get(MISSING),
            () -> webex.memberships().update(MISSING, MembershipUpdateParams.of(true, false)),
            () -> webex.memberships().delete(MISSING))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
    }
  }

  @Test
  void listsARoomAcrossThreePagesAndFiltersByPerson() {
    for (int i = 0; i < 5; i++) {
      EmulatedPerson member = clients.person("Member");
      webex.memberships().create(MembershipCreateParams.byPersonId(room.id(), member.id()));
    }

    Page<Membership> first =
        webex
            .memberships()
            .list(MembershipListParams.builder().roomId(room.id()).pageSize(2).build());
    List<Membership> all = first.autoPager().stream().collect(Collectors.toList());

    assertThat(first.items()).hasSize(2);
    assertThat(first.nextPage().hasNextPage()).isTrue();
    assertThat(all).hasSize(6).allMatch(m -> m.roomId().equals(room.id()));
    assertThat(
            webex
                .memberships()
                .list(
                    MembershipListParams.builder()
                        .roomId(room.id())
                        .personEmail(ana.email())
                        .build())
                .items())
        .singleElement()
        .satisfies(m -> assertThat(m.personId()).isEqualTo(ana.id()));
    assertThat(webex.memberships().list().items()).anyMatch(m -> m.roomId().equals(room.id()));
  }

  @Test
  void memberMayHideTheirOwnMembership() {
    Membership mine =
        webex
            .memberships()
            .list(MembershipListParams.builder().roomId(room.id()).personId(ana.id()).build())
            .items()
            .get(0);

    assertThat(
            webex
                .memberships()
                .update(mine.id(), MembershipUpdateParams.roomHidden(true))
                .isRoomHidden())
        .isTrue();
  }
}
