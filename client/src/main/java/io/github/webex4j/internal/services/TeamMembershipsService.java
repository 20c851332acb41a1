package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.teammemberships.TeamMembership;
import io.github.webex4j.teammemberships.TeamMembershipCreateParams;
import io.github.webex4j.teammemberships.TeamMembershipListParams;
import io.github.webex4j.teammemberships.TeamMembershipUpdateParams;
import io.github.webex4j.teammemberships.TeamMemberships;
import java.util.Objects;

/** {@link TeamMemberships} over the transport. */
public final class TeamMembershipsService implements TeamMemberships {
  private static final String PATH = "team/memberships";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public TeamMembershipsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<TeamMembership> list(TeamMembershipListParams params) {
    Objects.requireNonNull(params, "params");
    Query query = Query.create().add("teamId", params.teamId()).add("max", params.pageSize());
    return transport.list(PATH, query, TeamMembership.class);
  }

  @Override
  public TeamMembership get(String membershipId) {
    return transport.get(path(membershipId), null, TeamMembership.class);
  }

  @Override
  public TeamMembership create(TeamMembershipCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, TeamMembership.class);
  }

  @Override
  public TeamMembership update(String membershipId, TeamMembershipUpdateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(path(membershipId), params, TeamMembership.class);
  }

  @Override
  public void delete(String membershipId) {
    transport.delete(path(membershipId));
  }

  private static String path(String membershipId) {
    return Paths.of(PATH, Paths.nonBlank(membershipId, "membershipId"));
  }
}
