package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.memberships.MembershipUpdateParams;
import io.github.webex4j.memberships.Memberships;
import java.util.Objects;

/** {@link Memberships} over the transport. */
public final class MembershipsService implements Memberships {
  private static final String PATH = "memberships";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public MembershipsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<Membership> list() {
    return list(MembershipListParams.none());
  }

  @Override
  public Page<Membership> list(MembershipListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("roomId", params.roomId())
            .add("personId", params.personId())
            .add("personEmail", params.personEmail())
            .add("max", params.pageSize());
    return transport.list(PATH, query, Membership.class);
  }

  @Override
  public Membership get(String membershipId) {
    return transport.get(path(membershipId), null, Membership.class);
  }

  @Override
  public Membership create(MembershipCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, Membership.class);
  }

  @Override
  public Membership update(String membershipId, MembershipUpdateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(path(membershipId), params, Membership.class);
  }

  @Override
  public void delete(String membershipId) {
    transport.delete(path(membershipId));
  }

  private static String path(String membershipId) {
    return Paths.of(PATH, Paths.nonBlank(membershipId, "membershipId"));
  }
}
