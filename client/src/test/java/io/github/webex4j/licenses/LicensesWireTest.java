package io.github.webex4j.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ApiErrorItem;
import io.github.webex4j.BadRequestException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicensesWireTest {
  private static final String LICENSE =
      "{\"id\":\"L1\",\"name\":\"Meeting - Webex Meeting Center\",\"totalUnits\":50,"
          + "\"consumedUnits\":5,\"consumedByUsers\":5,\"consumedByWorkspaces\":0,"
          + "\"subscriptionId\":\"Sub-1\",\"siteUrl\":\"site1-example.webex.com\","
          + "\"siteType\":\"Control Hub managed site\"}";

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

  private static String withUsers(String... userIds) {
    StringBuilder users = new StringBuilder();
    for (String id : userIds) {
      users.append(users.length() == 0 ? "" : ",");
      users.append("{\"id\":\"").append(id).append("\",\"type\":\"INTERNAL\"}");
    }
    return LICENSE.substring(0, LICENSE.length() - 1) + ",\"users\":[" + users + "]}";
  }

  @Test
  void listByOrgSendsOrgId() {
    stub.json(200, "{\"items\":[" + LICENSE + "]}");

    List<License> licenses = webex.licenses().list("org 1");

    assertThat(licenses).hasSize(1);
    License license = licenses.get(0);
    assertThat(license.siteType()).isEqualTo(LicenseSiteType.CONTROL_HUB_MANAGED_SITE);
    assertThat(license.totalUnits()).isEqualTo(50L);
    assertThat(license.users()).isEmpty();
    assertThat(stub.single().uri()).isEqualTo("/v1/licenses?orgId=org%201");
  }

  @Test
  void getWithUsersSendsIncludeAssignedToAndLimit() {
    stub.json(200, withUsers("p1", "p2"));

    License license = webex.licenses().get("L1", LicenseGetParams.withUsers(2));

    assertThat(license.users()).extracting(LicenseUser::id).containsExactly("p1", "p2");
    assertThat(license.users().get(0).type()).isEqualTo(LicenseUserType.INTERNAL);
    assertThat(stub.single().uri()).isEqualTo("/v1/licenses/L1?includeAssignedTo=user&limit=2");
  }

  @Test
  void assignedUsersFollowLinkAcrossThreePages() {
    String next2 = stub.origin() + "/v1/licenses/L1?includeAssignedTo=user&limit=2&next=c2";
    String next3 = stub.origin() + "/v1/licenses/L1?includeAssignedTo=user&limit=2&next=c3";
    stub.json(200, withUsers("p1", "p2"), "Link", "<" + next2 + ">; rel=\"next\"")
        .json(200, withUsers("p3", "p4"), "Link", "<" + next3 + ">; rel=\"next\"")
        .json(200, withUsers("p5"));

    Page<LicenseUser> first = webex.licenses().assignedUsers("L1", 2);

    assertThat(first.nextCursor()).contains(next2);
    assertThat(first.autoPager().stream().map(LicenseUser::id))
        .containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::uri)
        .containsExactly(
            "/v1/licenses/L1?includeAssignedTo=user&limit=2",
            "/v1/licenses/L1?includeAssignedTo=user&limit=2&next=c2",
            "/v1/licenses/L1?includeAssignedTo=user&limit=2&next=c3");
  }

  @Test
  void assignSendsPatchBody() {
    stub.json(
        200,
        "{\"orgId\":\"o1\",\"personId\":\"p1\",\"email\":\"a@example.com\","
            + "\"licenses\":[\"L1\"],\"siteUrls\":[{\"siteUrl\":\"s.webex.com\","
            + "\"accountType\":\"attendee\"}]}");

    LicenseAssignment result =
        webex
            .licenses()
            .assign(
                LicenseAssignParams.builder()
                    .personId("p1")
                    .orgId("o1")
                    .license(LicenseChange.add("L1", new LicenseProperties("loc", null, "133")))
                    .license(LicenseChange.remove("L2"))
                    .siteUrl(SiteUrlChange.addAttendee("s.webex.com"))
                    .build());

    assertThat(result.partial()).isFalse();
    assertThat(result.notApplied()).isEmpty();
    assertThat(result.siteUrls())
        .containsExactly(new SiteAccount("s.webex.com", SiteAccountType.ATTENDEE));
    StubServer.Recorded request = stub.single();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.uri()).isEqualTo("/v1/licenses/users");
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"personId\":\"p1\",\"orgId\":\"o1\",\"licenses\":[{\"id\":\"L1\",\"operation\":\"add\","
                + "\"properties\":{\"locationId\":\"loc\",\"extension\":\"133\"}},"
                + "{\"id\":\"L2\",\"operation\":\"remove\"}],\"siteUrls\":[{\"siteUrl\":"
                + "\"s.webex.com\",\"accountType\":\"attendee\",\"operation\":\"add\"}]}");
  }

  @Test
  void partialContentIsReturnedNotThrown() {
    stub.json(
        206, "{\"orgId\":\"o1\",\"personId\":\"p1\",\"licenses\":[\"L1\"],\"pendingLicenses\":[]}");

    LicenseAssignment result =
        webex
            .licenses()
            .assign(
                LicenseAssignParams.builder()
                    .email("a@example.com")
                    .license(LicenseChange.add("L1"))
                    .license(LicenseChange.add("L3"))
                    .siteUrl(SiteUrlChange.addAttendee("x.webex.com"))
                    .build());

    assertThat(result.partial()).isTrue();
    assertThat(result.notApplied()).containsExactly("L3", "x.webex.com");
  }

  @Test
  void status206MarksPartialEvenWhenTheBodyLooksComplete() {
    stub.json(206, "{\"personId\":\"p1\",\"licenses\":[\"L1\"]}");

    LicenseAssignment result =
        webex
            .licenses()
            .assign(
                LicenseAssignParams.builder()
                    .personId("p1")
                    .license(LicenseChange.add("L1"))
                    .build());

    assertThat(result.partial()).isTrue();
    assertThat(result.notApplied()).isEmpty();
  }

  @Test
  void refusedChangeIsBadRequestWithErrorCode() {
    stub.json(
        400,
        "{\"message\":\"Unable to find location\",\"errors\":[{\"errorCode\":400,"
            + "\"description\":\"Unable to find location.\"}],"
            + "\"trackingId\":\"NA_88b8b4ce-6338-4d3a-8d6c-22b37e62354f\"}");

    assertThatThrownBy(
            () ->
                webex
                    .licenses()
                    .assign(
                        LicenseAssignParams.builder()
                            .personId("p1")
                            .license(LicenseChange.add("L1"))
                            .build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.trackingId()).isEqualTo("NA_88b8b4ce-6338-4d3a-8d6c-22b37e62354f");
              assertThat(e.errorDescriptions()).containsExactly("Unable to find location.");
            });
  }

  @Test
  void invalidSiteUrlKeepsEachErrorItemWithItsErrorCode() {
    // The "invalidSiteUrl" example of PATCH /licenses/users in the admin OpenAPI document.
    stub.json(
        400,
        "{\"message\":\"Invalid site URL\",\"errors\":[{\"errorCode\":400216,"
            + "\"description\":\"Request contains invalid attendee siteUrls: {siteUrl}\"}],"
            + "\"trackingId\":\"NA_88b8b4ce-6338-4d3a-8d6c-22b37e62354f\"}");

    assertThatThrownBy(
            () ->
                webex
                    .licenses()
                    .assign(
                        LicenseAssignParams.builder()
                            .personId("p1")
                            .siteUrl(SiteUrlChange.addAttendee("bad.webex.com"))
                            .build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.apiMessage()).isEqualTo("Invalid site URL");
              assertThat(e.errors())
                  .containsExactly(
                      new ApiErrorItem(
                          "Request contains invalid attendee siteUrls: {siteUrl}",
                          "400216",
                          Map.of(
                              "errorCode",
                              400216,
                              "description",
                              "Request contains invalid attendee siteUrls: {siteUrl}")));
            });
  }

  @Test
  void unknownLicenseIsNotFound() {
    stub.json(404, "{\"message\":\"License not found\",\"trackingId\":\"NA_1\"}");

    assertThatThrownBy(() -> webex.licenses().get("nope"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isEqualTo("NA_1"));
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> LicenseAssignParams.builder().license(LicenseChange.add("L")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("personId");
    assertThatThrownBy(() -> LicenseAssignParams.builder().personId("p").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("licenses");
    assertThatThrownBy(() -> LicenseGetParams.withUsers(301))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit")
        .hasMessageContaining("300");
    assertThatThrownBy(() -> webex.licenses().assignedUsers("L1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> LicenseChange.add(" ")).hasMessageContaining("id");
    assertThatThrownBy(() -> webex.licenses().list(" ")).hasMessageContaining("orgId");
    assertThat(stub.requests()).isEmpty();
  }
}
