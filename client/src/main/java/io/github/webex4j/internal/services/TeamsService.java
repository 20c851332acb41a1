package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.teams.Team;
import io.github.webex4j.teams.TeamCreateParams;
import io.github.webex4j.teams.TeamListParams;
import io.github.webex4j.teams.TeamUpdateParams;
import io.github.webex4j.teams.Teams;
import java.util.Objects;

/** {@link Teams} over the transport. */
public final class TeamsService implements Teams {
  private static final String PATH = "teams";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public TeamsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<Team> list() {
    return list(TeamListParams.none());
  }

  @Override
  public Page<Team> list(TeamListParams params) {
    Objects.requireNonNull(params, "params");
    return transport.list(PATH, Query.create().add("max", params.pageSize()), Team.class);
  }

  @Override
  public Team get(String teamId) {
    return transport.get(Paths.of(PATH, Paths.nonBlank(teamId, "teamId")), null, Team.class);
  }

  @Override
  public Team create(TeamCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, Team.class);
  }

  @Override
  public Team update(String teamId, TeamUpdateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(Paths.of(PATH, Paths.nonBlank(teamId, "teamId")), params, Team.class);
  }

  @Override
  public void delete(String teamId) {
    transport.delete(Paths.of(PATH, Paths.nonBlank(teamId, "teamId")));
  }
}
