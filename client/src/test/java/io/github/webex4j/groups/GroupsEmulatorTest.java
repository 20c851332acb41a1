package io.github.webex4j.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.rooms.EmulatorClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Groups against the in-process emulator. */
class GroupsEmulatorTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static WebexClient admin;
  private static final List<String> PEOPLE = new ArrayList<>();

  @BeforeAll
  static void start() {
    admin = clients.clientFor(clients.emulator().adminToken());
    for (int i = 0; i < 5; i++) {
      PEOPLE.add(clients.emulator().createPerson("g" + i + "@example.com", "G " + i).id());
    }
  }

  @Test
  void createGetUpdateMembersDelete() {
    Group created =
        admin
            .groups()
            .create(
                GroupCreateParams.builder()
                    .displayName("Lifecycle")
                    .externalId("ext-1")
                    .members(PEOPLE.subList(0, 3))
                    .build());

    assertThat(created.id()).isNotBlank();
    assertThat(created.memberSize()).isEqualTo(3);
    assertThat(admin.groups().get(created.id()).members()).isEmpty();
    assertThat(admin.groups().get(created.id(), true).members())
        .extracting(GroupMember::id)
        .containsExactlyInAnyOrderElementsOf(PEOPLE.subList(0, 3));

    Group updated =
        admin
            .groups()
            .update(
                created.id(),
                GroupUpdateParams.builder()
                    .displayName("Lifecycle 2")
                    .addMembers(PEOPLE.subList(3, 5))
                    .removeMember(PEOPLE.get(0))
                    .build());

    assertThat(updated.displayName()).isEqualTo("Lifecycle 2");
    assertThat(updated.memberSize()).isEqualTo(4);
    ScimPage<GroupMember> members =
        admin.groups().members(created.id(), GroupMembersParams.ofCount(1));
    assertThat(members.totalResults()).isEqualTo(4);
    assertThat(members.autoPager().stream().map(GroupMember::id))
        .containsExactlyInAnyOrderElementsOf(PEOPLE.subList(1, 5));

    admin.groups().delete(created.id());
    assertThatThrownBy(() -> admin.groups().get(created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
    assertThatThrownBy(() -> admin.groups().delete(created.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                admin
                    .groups()
                    .update(created.id(), GroupUpdateParams.builder().displayName("x").build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> admin.groups().members(created.id(), GroupMembersParams.none()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void membersCarryTheGroupAndDescriptionIsAccepted() {
    Group created =
        admin
            .groups()
            .create(
                GroupCreateParams.builder()
                    .displayName("Described")
                    .orgId(admin.people().me().orgId())
                    .description("First")
                    .members(PEOPLE.subList(0, 2))
                    .build());
    Group updated =
        admin
            .groups()
            .update(created.id(), GroupUpdateParams.builder().description("Second").build());

    GroupMembersPage page = admin.groups().members(created.id(), GroupMembersParams.none());

    assertThat(page.group().id()).isEqualTo(created.id());
    assertThat(page.group().displayName()).isEqualTo("Described");
    assertThat(page.group().orgId()).isEqualTo(created.orgId());
    assertThat(page.group().memberSize()).isEqualTo(2);
    assertThat(page.group().lastModified()).isEqualTo(updated.lastModified());
    assertThat(page.group().extra()).isEmpty();
    assertThat(page.items())
        .extracting(GroupMember::id)
        .containsExactlyInAnyOrderElementsOf(PEOPLE.subList(0, 2));
    admin.groups().delete(created.id());
  }

  @Test
  void listPagesThroughStartIndexAndFilters() {
    for (int i = 0; i < 5; i++) {
      admin.groups().create(GroupCreateParams.of("Paging " + i));
    }
    admin.groups().create(GroupCreateParams.of("Other"));

    ScimPage<Group> first =
        admin
            .groups()
            .list(
                GroupListParams.builder()
                    .filter("displayName sw \"Paging\"")
                    .sortBy(GroupSortBy.DISPLAY_NAME)
                    .sortOrder(SortOrder.DESCENDING)
                    .count(2)
                    .build());

    assertThat(first.totalResults()).isEqualTo(5);
    assertThat(first.items()).hasSize(2);
    assertThat(first.autoPager().stream().map(Group::displayName))
        .containsExactly("Paging 4", "Paging 3", "Paging 2", "Paging 1", "Paging 0");
    assertThat(admin.groups().list(GroupListParams.displayNameEquals("Other")).items())
        .extracting(Group::displayName)
        .containsExactly("Other");
  }

  @Test
  void duplicateNameConflictsAndNonAdminIsForbidden() {
    admin.groups().create(GroupCreateParams.of("Unique"));
    EmulatedPerson person = clients.emulator().createPerson("plain@example.com", "Plain");
    WebexClient user = clients.clientFor(person.token());

    assertThatThrownBy(() -> admin.groups().create(GroupCreateParams.of("Unique")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.trackingId()).isNotBlank());
    assertThatThrownBy(() -> user.groups().list()).isInstanceOf(ForbiddenException.class);
  }
}
