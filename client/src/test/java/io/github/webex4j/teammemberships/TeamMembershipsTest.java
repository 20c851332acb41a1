package io.github.webex4j.teammemberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.teams.Team;
import io.github.webex4j.teams.TeamCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Team memberships against the in-process emulator. */
class TeamMembershipsTest {
  private static final String MISSING =
      "Y2lzY29zcGFyazovL3VzL1RFQU1fTUVNQkVSU0hJUC8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA";

  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private EmulatedPerson ana;
  private EmulatedPerson bob;
  private WebexClient webex;
  private Team team;

  @BeforeEach
  void setUp() {
    ana = clients.person("Ana");
    bob = clients.person("Bob");
    webex = clients.clientFor(ana);
    team = webex.teams().create(TeamCreateParams.of("Project Alpha"));
  }

  @Test
  void addByEmailGetPromoteRemove() {
    TeamMembership added =
        webex.teamMemberships().create(TeamMembershipCreateParams.byEmail(team.id(), bob.email()));

    assertThat(added.teamId()).isEqualTo(team.id());
    assertThat(added.personId()).isEqualTo(bob.id());
    assertThat(added.personDisplayName()).isEqualTo("Bob");
    assertThat(added.isModerator()).isFalse();
    assertThat(added.created()).isNotNull();
    assertThat(webex.teamMemberships().get(added.id())).isEqualTo(added);

    assertThat(
            webex
                .teamMemberships()
                .update(added.id(), TeamMembershipUpdateParams.moderator(true))
                .isModerator())
        .isTrue();

    webex.teamMemberships().delete(added.id());
    assertThatThrownBy(() -> webex.teamMemberships().get(added.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void addingTwiceConflicts() {
    webex.teamMemberships().create(TeamMembershipCreateParams.byPersonId(team.id(), bob.id()));

    assertThatThrownBy(
            () ->
                webex
                    .teamMemberships()
                    .create(TeamMembershipCreateParams.byPersonId(team.id(), bob.id())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void lastModeratorCannotBeRemoved() {
    TeamMembership mine =
        webex.teamMemberships().list(TeamMembershipListParams.ofTeam(team.id())).items().stream()
            .filter(m -> m.personId().equals(ana.id()))
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(() -> webex.teamMemberships().delete(mine.id()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void outsiderSeesNoTeamAndNonModeratorCannotPromote() {
    WebexClient outsider = clients.clientFor(clients.person("Eve"));
    TeamMembership bobs =
        webex.teamMemberships().create(TeamMembershipCreateParams.byPersonId(team.id(), bob.id()));

    assertThatThrownBy(
            () ->
                outsider
                    .teamMemberships()
                    .create(TeamMembershipCreateParams.byPersonId(team.id(), bob.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                clients
                    .clientFor(bob)
                    .teamMemberships()
                    .update(bobs.id(), TeamMembershipUpdateParams.moderator(true)))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void unknownMembershipIsNotFound() {
    for (Runnable call :
        List.<Runnable>of(
            () -> webex.teamMemberships().get(MISSING),
            () ->
                webex.teamMemberships().update(MISSING, TeamMembershipUpdateParams.moderator(true)),
            () -> webex.teamMemberships().delete(MISSING))) {
      assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void listsAcrossThreePages() {
    for (int i = 0; i < 5; i++) {
      EmulatedPerson member = clients.person("Member");
      webex.teamMemberships().create(TeamMembershipCreateParams.byPersonId(team.id(), member.id()));
    }

    Page<TeamMembership> first =
        webex.teamMemberships().list(TeamMembershipListParams.ofTeam(team.id(), 2));
    List<TeamMembership> all = first.autoPager().stream().collect(Collectors.toList());

    assertThat(first.items()).hasSize(2);
    assertThat(first.nextPage().hasNextPage()).isTrue();
    assertThat(all).hasSize(6).allMatch(m -> m.teamId().equals(team.id()));
  }
}
