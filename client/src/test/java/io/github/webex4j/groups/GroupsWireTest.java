package io.github.webex4j.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ConflictException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsWireTest {
  private StubServer stub;
  private WebexClient webex;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    webex = TestClients.client(stub);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private static String group(String id) {
    return "{\"id\":\""
        + id
        + "\",\"displayName\":\"Sales Group\",\"orgId\":\"o1\","
        + "\"created\":\"2022-02-17T02:13:29.706Z\",\"lastModified\":\"2022-02-17T02:13:29.706Z\","
        + "\"memberSize\":1,\"members\":[{\"id\":\"p1\",\"type\":\"user\","
        + "\"displayName\":\"Jane Smith\"}]}";
  }

  private static String groupList(int total, int start, String... ids) {
    StringBuilder groups = new StringBuilder();
    for (String id : ids) {
      groups.append(groups.length() == 0 ? "" : ",").append(group(id));
    }
    return "{\"totalResults\":"
        + total
        + ",\"startIndex\":"
        + start
        + ",\"itemsPerPage\":"
        + ids.length
        + ",\"groups\":["
        + groups
        + "]}";
  }

  @Test
  void listSendsAllQueryParameters() {
    stub.json(200, groupList(1, 1, "g1"));

    ScimPage<Group> page =
        webex
            .groups()
            .list(
                GroupListParams.builder()
                    .filter("displayName sw \"Sales\"")
                    .sortBy(GroupSortBy.DISPLAY_NAME)
                    .sortOrder(SortOrder.DESCENDING)
                    .includeMembers(true)
                    .startIndex(1)
                    .count(10)
                    .attributes("displayName")
                    .orgId("o1")
                    .build());

    assertThat(page.items()).extracting(Group::id).containsExactly("g1");
    assertThat(page.totalResults()).isEqualTo(1);
    assertThat(page.hasNextPage()).isFalse();
    assertThat(stub.single().uri())
        .isEqualTo(
            "/v1/groups?orgId=o1&filter=displayName%20sw%20%22Sales%22&attributes=displayName"
                + "&sortBy=displayName&sortOrder=descending&includeMembers=true&startIndex=1"
                + "&count=10");
  }

  @Test
  void autoPagerAdvancesStartIndexAcrossThreePages() {
    stub.json(200, groupList(5, 1, "g1", "g2"))
        .json(200, groupList(5, 3, "g3", "g4"))
        .json(200, groupList(5, 5, "g5"));

    ScimPage<Group> first = webex.groups().list(GroupListParams.builder().count(2).build());

    assertThat(first.nextCursor()).contains("3");
    assertThat(first.autoPager().stream().map(Group::id))
        .containsExactly("g1", "g2", "g3", "g4", "g5");
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::uri)
        .containsExactly(
            "/v1/groups?count=2",
            "/v1/groups?startIndex=3&count=2",
            "/v1/groups?startIndex=5&count=2");
  }

  @Test
  void getWithMembersDecodesGroup() {
    stub.json(200, group("g1"));

    Group group = webex.groups().get("g1", true);

    assertThat(group.created()).isEqualTo(Instant.parse("2022-02-17T02:13:29.706Z"));
    assertThat(group.memberSize()).isEqualTo(1);
    assertThat(group.members()).containsExactly(new GroupMember("p1", "user", "Jane Smith"));
    assertThat(stub.single().uri()).isEqualTo("/v1/groups/g1?includeMembers=true");
  }

  @Test
  void createSendsScimBodyAndAccepts201() {
    stub.json(201, group("g1"));

    Group group =
        webex
            .groups()
            .create(
                GroupCreateParams.builder()
                    .displayName("Sales Group")
                    .externalId("ext-1")
                    .member("p1")
                    .extension(
                        new GroupExtension(
                            "policy",
                            List.of("p9"),
                            List.of(GroupInheritance.role("id_full_admin")),
                            null))
                    .build());

    assertThat(group.id()).isEqualTo("g1");
    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/v1/groups");
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
                + "\"urn:scim:schemas:extension:cisco:webexidentity:2.0:Group\"],"
                + "\"displayName\":\"Sales Group\",\"externalId\":\"ext-1\","
                + "\"members\":[{\"value\":\"p1\"}],"
                + "\"urn:scim:schemas:extension:cisco:webexidentity:2.0:Group\":{\"usage\":\"policy\","
                + "\"owners\":[{\"value\":\"p9\"}],\"inheritances\":[{\"type\":\"role\","
                + "\"value\":\"id_full_admin\",\"scope\":[]}]}}");
  }

  @Test
  void createMinimalSendsNameOnly() {
    stub.json(201, group("g1"));

    webex.groups().create(GroupCreateParams.of("Sales"));

    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Sales\"}");
  }

  @Test
  void updateSendsScimPatchOperations() {
    stub.json(200, group("g1"));

    webex
        .groups()
        .update(
            "g1",
            GroupUpdateParams.builder()
                .displayName("New Sales")
                .addMembers(List.of("p2", "p3"))
                .removeMember("p1")
                .build());

    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.uri()).isEqualTo("/v1/groups/g1");
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"New Sales\"},"
                + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"p2\"},{\"value\":\"p3\"}]},"
                + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"p1\\\"]\"}]}");
  }

  @Test
  void membersExposeTheGroupsOwnFields() {
    // The GET /groups/{groupId}/members example of the admin OpenAPI document, plus a new field.
    stub.json(
        200,
        "{\"id\":\"Y2lzY29zcGFyazovL3VzL1NDSU1fR1JPVVAvMjU\",\"displayName\":\"Sales Group\","
            + "\"orgId\":\"Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8zNDhh\","
            + "\"created\":\"2022-02-17T02:13:29.706Z\",\"lastModified\":\"2022-02-17T02:13:29.706Z\","
            + "\"memberSize\":1,\"usage\":\"location\",\"members\":[{\"id\":\"p1\",\"type\":\"user\","
            + "\"displayName\":\"Jane Smith\"}]}");

    GroupMembersPage page = webex.groups().members("g1", GroupMembersParams.none());

    Group group = page.group();
    assertThat(group.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL1NDSU1fR1JPVVAvMjU");
    assertThat(group.displayName()).isEqualTo("Sales Group");
    assertThat(group.orgId()).isEqualTo("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8zNDhh");
    assertThat(group.created()).isEqualTo(Instant.parse("2022-02-17T02:13:29.706Z"));
    assertThat(group.lastModified()).isEqualTo(Instant.parse("2022-02-17T02:13:29.706Z"));
    assertThat(group.memberSize()).isEqualTo(1);
    assertThat(group.extra()).isEqualTo(Map.of("usage", "location"));
    assertThat(group.members()).isEqualTo(page.items());
    assertThat(page.items()).extracting(GroupMember::displayName).containsExactly("Jane Smith");
    assertThat(page.totalResults()).isEqualTo(1);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void createAndUpdateSendDescriptionAndOrgId() {
    stub.json(201, group("g1")).json(200, group("g1"));

    webex
        .groups()
        .create(
            GroupCreateParams.builder()
                .displayName("Sales")
                .orgId("org1")
                .description("Sales Group in San Jose")
                .build());
    webex
        .groups()
        .update("g1", GroupUpdateParams.builder().description("Sales Group in LA").build());

    assertThat(stub.requests().get(0).bodyText())
        .isEqualTo(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Sales\",\"orgId\":\"org1\","
                + "\"description\":\"Sales Group in San Jose\"}");
    assertThat(stub.requests().get(1).bodyText())
        .isEqualTo(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"replace\",\"path\":\"description\",\"value\":\"Sales Group in LA\"}]}");
  }

  @Test
  void deleteAndMembersPaging() {
    stub.empty(204)
        .json(
            200,
            "{\"totalResults\":3,\"startIndex\":1,\"itemsPerPage\":2,"
                + "\"members\":[{\"id\":\"p1\"},{\"id\":\"p2\"}]}")
        .json(200, "{\"memberSize\":3,\"members\":[{\"id\":\"p3\"}]}");

    webex.groups().delete("g1");
    ScimPage<GroupMember> members = webex.groups().members("g1", GroupMembersParams.ofCount(2));

    assertThat(members.autoPager().stream().map(GroupMember::id)).containsExactly("p1", "p2", "p3");
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::toString)
        .containsExactly(
            "DELETE /v1/groups/g1",
            "GET /v1/groups/g1/members?count=2",
            "GET /v1/groups/g1/members?startIndex=3&count=2");
  }

  @Test
  void errorsCarryTrackingId() {
    stub.json(404, "{\"message\":\"Group not found\",\"trackingId\":\"ROUTER_4\"}")
        .json(409, "{\"message\":\"Group already exists\",\"trackingId\":\"ROUTER_5\"}");

    assertThatThrownBy(() -> webex.groups().get("nope"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isEqualTo("ROUTER_4"));
    assertThatThrownBy(() -> webex.groups().create(GroupCreateParams.of("Sales")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.trackingId()).isEqualTo("ROUTER_5"));
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> GroupCreateParams.of(" ")).hasMessageContaining("displayName");
    assertThatThrownBy(() -> GroupListParams.builder().filter("id eq \"x\"").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filter");
    assertThat(GroupListParams.displayNameEquals("A \"B\"").filter())
        .isEqualTo("displayName eq \"A \\\"B\\\"\"");
    assertThatThrownBy(() -> GroupListParams.builder().startIndex(0).build())
        .hasMessageContaining("startIndex");
    assertThatThrownBy(() -> GroupMembersParams.ofCount(501))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count")
        .hasMessageContaining("500");
    assertThatThrownBy(() -> GroupUpdateParams.builder().build())
        .hasMessageContaining("Operations");
    assertThatThrownBy(() -> new GroupPatchOperation(GroupPatchOp.REMOVE, null, null))
        .hasMessageContaining("path");
    assertThat(stub.requests()).isEmpty();
  }
}
