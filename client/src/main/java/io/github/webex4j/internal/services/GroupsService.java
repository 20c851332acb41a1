package io.github.webex4j.internal.services;

import io.github.webex4j.groups.Group;
import io.github.webex4j.groups.GroupCreateParams;
import io.github.webex4j.groups.GroupExtension;
import io.github.webex4j.groups.GroupListParams;
import io.github.webex4j.groups.GroupMember;
import io.github.webex4j.groups.GroupMembersPage;
import io.github.webex4j.groups.GroupMembersParams;
import io.github.webex4j.groups.GroupUpdateParams;
import io.github.webex4j.groups.Groups;
import io.github.webex4j.groups.ScimPage;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.Transport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/** {@link Groups} over the transport. */
public final class GroupsService implements Groups {
  private static final String PATH = "groups";
  private static final String CORE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public GroupsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public ScimPage<Group> list() {
    return list(GroupListParams.none());
  }

  @Override
  public ScimPage<Group> list(GroupListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("orgId", params.orgId())
            .add("filter", params.filter())
            .add("attributes", params.attributes())
            .add("sortBy", params.sortBy())
            .add("sortOrder", params.sortOrder())
            .add("includeMembers", params.includeMembers())
            .add("startIndex", params.startIndex())
            .add("count", params.count());
    GroupList body = transport.get(PATH, query, GroupList.class);
    int start = params.startIndex() == null ? 1 : params.startIndex();
    return new IndexedPage<>(
        body.groups(),
        body.totalResults(),
        body.startIndex() == null ? start : body.startIndex(),
        body.itemsPerPage(),
        params.count(),
        next -> list(params.withStartIndex(next)));
  }

  @Override
  public Group get(String groupId) {
    return transport.get(Paths.of(PATH, groupId), null, Group.class);
  }

  @Override
  public Group get(String groupId, boolean includeMembers) {
    Query query = Query.create().add("includeMembers", includeMembers);
    return transport.get(Paths.of(PATH, groupId), query, Group.class);
  }

  @Override
  public Group create(GroupCreateParams params) {
    Objects.requireNonNull(params, "params");
    Map<String, Object> body = new LinkedHashMap<>();
    GroupExtension extension = params.extension();
    body.put(
        "schemas",
        extension == null ? List.of(CORE_SCHEMA) : List.of(CORE_SCHEMA, GroupExtension.SCHEMA));
    body.put("displayName", params.displayName());
    if (params.orgId() != null) {
      body.put("orgId", params.orgId());
    }
    if (params.description() != null) {
      body.put("description", params.description());
    }
    if (params.externalId() != null) {
      body.put("externalId", params.externalId());
    }
    if (!params.memberIds().isEmpty()) {
      body.put("members", params.memberIds().stream().map(id -> Map.of("value", id)).toList());
    }
    if (extension != null) {
      body.put(GroupExtension.SCHEMA, extensionJson(extension));
    }
    return transport.post(PATH, body, Group.class);
  }

  private static Map<String, Object> extensionJson(GroupExtension extension) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (extension.usage() != null) {
      json.put("usage", extension.usage());
    }
    if (!extension.owners().isEmpty()) {
      json.put("owners", extension.owners().stream().map(id -> Map.of("value", id)).toList());
    }
    if (!extension.inheritances().isEmpty()) {
      json.put("inheritances", extension.inheritances());
    }
    if (!extension.managedBy().isEmpty()) {
      json.put("managedBy", extension.managedBy());
    }
    return json;
  }

  @Override
  public Group update(String groupId, GroupUpdateParams params) {
    Objects.requireNonNull(params, "params");
    String path = Paths.of(PATH, groupId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schemas", List.of(GroupUpdateParams.PATCH_SCHEMA));
    body.put("Operations", params.operations());
    return transport.patch(path, body, Group.class);
  }

  @Override
  public void delete(String groupId) {
    transport.delete(Paths.of(PATH, groupId));
  }

  @Override
  public GroupMembersPage members(String groupId, GroupMembersParams params) {
    Objects.requireNonNull(params, "params");
    String path = Paths.of(PATH, groupId, "members");
    Query query =
        Query.create().add("startIndex", params.startIndex()).add("count", params.count());
    MemberList body = transport.get(path, query, MemberList.class);
    int start = params.startIndex() == null ? 1 : params.startIndex();
    Integer total = body.totalResults() != null ? body.totalResults() : body.memberSize();
    IndexedPage<GroupMember> page =
        new IndexedPage<>(
            body.members(),
            total,
            body.startIndex() == null ? start : body.startIndex(),
            body.itemsPerPage(),
            params.count(),
            next -> members(groupId, params.withStartIndex(next)));
    return new MembersPage(page, body.group());
  }

  private record GroupList(
      Integer totalResults, Integer startIndex, Integer itemsPerPage, List<Group> groups) {}

  /**
   * [?] The API documents answer this call with a group object; SCIM paging fields are read when
   * present, else {@code memberSize} is the total.
   */
  private record MemberList(
      String id,
      String displayName,
      String orgId,
      Instant created,
      Instant lastModified,
      Integer memberSize,
      List<GroupMember> members,
      Integer totalResults,
      Integer startIndex,
      Integer itemsPerPage,
      Map<String, Object> extra) {

    Group group() {
      return new Group(id, displayName, orgId, created, lastModified, memberSize, members, extra);
    }
  }

  /** A members page: the SCIM paging of {@link IndexedPage} plus the group's fields. */
  private static final class MembersPage implements GroupMembersPage {
    private final IndexedPage<GroupMember> page;
    private final Group group;

    MembersPage(IndexedPage<GroupMember> page, Group group) {
      this.page = page;
      this.group = group;
    }

    @Override
    public Group group() {
      return group;
    }

    @Override
    public List<GroupMember> items() {
      return page.items();
    }

    @Override
    public Integer totalResults() {
      return page.totalResults();
    }

    @Override
    public int startIndex() {
      return page.startIndex();
    }

    @Override
    public Integer itemsPerPage() {
      return page.itemsPerPage();
    }

    @Override
    public boolean hasNextPage() {
      return page.hasNextPage();
    }

    @Override
    public GroupMembersPage nextPage() {
      return (GroupMembersPage) page.nextPage();
    }

    @Override
    public Optional<String> nextCursor() {
      return page.nextCursor();
    }

    @Override
    public String toString() {
      return "GroupMembersPage[group=" + group.id() + ", " + page + "]";
    }
  }

  /** A SCIM page: the next page starts after the last item received. */
  private static final class IndexedPage<T> implements ScimPage<T> {
    private final List<T> items;
    private final Integer totalResults;
    private final int startIndex;
    private final Integer itemsPerPage;
    private final Integer requestedCount;
    private final IntFunction<ScimPage<T>> fetcher;

    IndexedPage(
        List<T> items,
        Integer totalResults,
        int startIndex,
        Integer itemsPerPage,
        Integer requestedCount,
        IntFunction<ScimPage<T>> fetcher) {
      this.items = items == null ? List.of() : List.copyOf(items);
      this.totalResults = totalResults;
      this.startIndex = startIndex;
      this.itemsPerPage = itemsPerPage;
      this.requestedCount = requestedCount;
      this.fetcher = fetcher;
    }

    @Override
    public List<T> items() {
      return items;
    }

    @Override
    public Integer totalResults() {
      return totalResults;
    }

    @Override
    public int startIndex() {
      return startIndex;
    }

    @Override
    public Integer itemsPerPage() {
      return itemsPerPage;
    }

    private int nextIndex() {
      return startIndex + items.size();
    }

    @Override
    public boolean hasNextPage() {
      if (items.isEmpty()) {
        return false;
      }
      if (totalResults != null) {
        return nextIndex() <= totalResults;
      }
      // Without a total, a full page suggests more.
      return requestedCount != null && items.size() >= requestedCount;
    }

    @Override
    public ScimPage<T> nextPage() {
      if (!hasNextPage()) {
        throw new NoSuchElementException("no next page");
      }
      return fetcher.apply(nextIndex());
    }

    @Override
    public Optional<String> nextCursor() {
      return hasNextPage() ? Optional.of(Integer.toString(nextIndex())) : Optional.empty();
    }

    @Override
    public String toString() {
      return "ScimPage[startIndex=" + startIndex + ", items=" + items.size() + "]";
    }
  }
}
