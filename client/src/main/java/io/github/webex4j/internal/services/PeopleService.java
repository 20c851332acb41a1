package io.github.webex4j.internal.services;

import io.github.webex4j.internal.LinkedPage;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.people.People;
import io.github.webex4j.people.Person;
import io.github.webex4j.people.PersonCreateParams;
import io.github.webex4j.people.PersonListParams;
import io.github.webex4j.people.PersonLookup;
import io.github.webex4j.people.PersonPage;
import io.github.webex4j.people.PersonUpdateParams;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link People} over the transport. */
public final class PeopleService implements People {
  private static final String PATH = "people";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public PeopleService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Person me() {
    return transport.get(Paths.of(PATH, "me"), null, Person.class);
  }

  @Override
  public PersonPage list(PersonListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("email", params.email())
            .add("displayName", params.displayName())
            .add("id", params.ids())
            .add("orgId", params.orgId())
            .add("roles", params.roles())
            .add("callingData", params.callingData())
            .add("locationId", params.locationId())
            .add("excludeStatus", params.excludeStatus())
            .add("max", params.pageSize());
    return new NotFoundIdsPage(transport.list(PATH, query, Person.class));
  }

  /** A people page reading {@code notFoundIds} from its envelope. */
  private static final class NotFoundIdsPage implements PersonPage {
    private final LinkedPage<Person> page;
    private final List<String> notFoundIds;

    NotFoundIdsPage(LinkedPage<Person> page) {
      this.page = page;
      Object ids = page.others().get("notFoundIds");
      this.notFoundIds =
          ids instanceof List<?> list
              ? list.stream().filter(Objects::nonNull).map(String::valueOf).toList()
              : List.of();
    }

    @Override
    public List<Person> items() {
      return page.items();
    }

    @Override
    public List<String> notFoundIds() {
      return notFoundIds;
    }

    @Override
    public boolean hasNextPage() {
      return page.hasNextPage();
    }

    @Override
    public PersonPage nextPage() {
      return new NotFoundIdsPage(page.nextPage());
    }

    @Override
    public Optional<String> nextCursor() {
      return page.nextCursor();
    }

    @Override
    public String toString() {
      return page + "[notFoundIds=" + notFoundIds.size() + "]";
    }
  }

  @Override
  public Person get(String personId) {
    return transport.get(path(personId), null, Person.class);
  }

  @Override
  public PersonLookup lookup(List<String> ids) {
    PersonListParams params = PersonListParams.byIds(ids);
    Query query = Query.create().add("id", params.ids()).add("max", PersonListParams.MAX_IDS);
    return transport.get(PATH, query, PersonLookup.class);
  }

  @Override
  public Person create(PersonCreateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.post(PATH, params, Person.class);
  }

  @Override
  public Person update(String personId, PersonUpdateParams params) {
    Objects.requireNonNull(params, "params");
    return transport.put(path(personId), params, Person.class);
  }

  @Override
  public void delete(String personId) {
    transport.delete(path(personId));
  }

  private static String path(String personId) {
    return Paths.of(PATH, Paths.nonBlank(personId, "personId"));
  }
}
