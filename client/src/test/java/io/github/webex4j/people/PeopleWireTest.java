package io.github.webex4j.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the people resource. */
class PeopleWireTest {
  private static final String PERSON =
      "{\"id\":\"p1\",\"emails\":[\"a@x.com\"],\"displayName\":\"A\",\"status\":\"DoNotDisturb\","
          + "\"type\":\"appuser\",\"invitePending\":\"false\",\"loginEnabled\":\"true\","
          + "\"phoneNumbers\":[{\"type\":\"work_extension\",\"value\":\"123\",\"primary\":true}],"
          + "\"sipAddresses\":[{\"type\":\"personal-room\",\"value\":\"a@x.webex.com\"}],"
          + "\"created\":\"2015-12-22T10:36:52.660Z\",\"hologram\":true}";

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

  @Test
  void meDecodesStringBooleansAndEnums() {
    stub.json(200, PERSON);

    Person me = webex.people().me();

    assertThat(stub.single().uri()).isEqualTo("/v1/people/me");
    assertThat(me.status()).isEqualTo(PersonStatus.DO_NOT_DISTURB);
    assertThat(me.type()).isEqualTo(PersonType.APPUSER);
    assertThat(me.invitePending()).isFalse();
    assertThat(me.loginEnabled()).isTrue();
    assertThat(me.phoneNumbers().get(0).type()).isEqualTo(PhoneNumberType.WORK_EXTENSION);
    assertThat(me.sipAddresses().get(0).type()).isEqualTo(SipAddressType.PERSONAL_ROOM);
    assertThat(me.roles()).isEmpty();
  }

  @Test
  void keepsUnknownFieldsAndReadsTheOlderTimeZoneName() {
    stub.json(
        200,
        "{\"id\":\"p1\",\"timeZone\":\"America/Denver\",\"hologram\":{\"beams\":[1,2]},"
            + "\"phoneNumbers\":[{\"type\":\"mobile\",\"value\":\"+1\",\"country\":\"US\"}]}");

    Person me = webex.people().me();

    assertThat(me.timezone()).isEqualTo("America/Denver");
    assertThat(me.extra()).isEqualTo(Map.of("hologram", Map.of("beams", List.of(1, 2))));
    assertThat(me.phoneNumbers().get(0).extra()).isEqualTo(Map.of("country", "US"));
    assertThat(me.emails()).isEmpty();
  }

  @Test
  void theCurrentTimezoneNameIsReadAsBefore() {
    stub.json(200, "{\"id\":\"p1\",\"timezone\":\"Europe/Oslo\"}");

    Person me = webex.people().me();

    assertThat(me.timezone()).isEqualTo("Europe/Oslo");
    assertThat(me.extra()).isEmpty();
  }

  @Test
  void listByIdsJoinsWithCommas() {
    stub.json(200, "{\"items\":[" + PERSON + "],\"notFoundIds\":[\"zz\"]}");

    PersonPage page =
        webex
            .people()
            .list(
                PersonListParams.builder()
                    .ids(List.of("a", "b"))
                    .callingData(true)
                    .pageSize(10)
                    .build());

    assertThat(stub.single().uri()).isEqualTo("/v1/people?id=a%2Cb&callingData=true&max=10");
    assertThat(page.items()).extracting(Person::id).containsExactly("p1");
    assertThat(page.notFoundIds()).containsExactly("zz");
  }

  @Test
  void listWithoutNotFoundIdsGivesAnEmptyListOnEveryPage() {
    stub.json(
            200,
            "{\"items\":[" + PERSON + "]}",
            "Link",
            "<" + stub.baseUri() + "/people?n=2>; rel=\"next\"")
        .json(200, "{\"items\":[],\"notFoundIds\":[\"q\"]}");

    PersonPage first = webex.people().list(PersonListParams.byEmail("a@x.com"));

    assertThat(first.notFoundIds()).isEmpty();
    assertThat(first.nextPage().notFoundIds()).containsExactly("q");
  }

  @Test
  void lookupAsksForAllIdsInOnePage() {
    stub.json(200, "{\"items\":[" + PERSON + "],\"notFoundIds\":[\"zz\"]}");

    PersonLookup lookup = webex.people().lookup(List.of("p1", "zz"));

    assertThat(lookup.items()).extracting(Person::id).containsExactly("p1");
    assertThat(lookup.notFoundIds()).containsExactly("zz");
    assertThat(stub.single().uri()).isEqualTo("/v1/people?id=p1%2Czz&max=85");
    assertThatThrownBy(() -> webex.people().lookup(List.of())).hasMessageContaining("ids");
  }

  @Test
  void createSendsEmailsArrayAndWireEnums() {
    stub.json(200, PERSON);

    webex
        .people()
        .create(
            PersonCreateParams.builder()
                .email("a@x.com")
                .displayName("A")
                .phoneNumbers(List.of(PhoneNumber.work("+1 408")))
                .build());

    assertThat(stub.single().method()).isEqualTo("POST");
    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"emails\":[\"a@x.com\"],\"phoneNumbers\":[{\"type\":\"work\",\"value\":\"+1 408\"}],"
                + "\"displayName\":\"A\"}");
  }

  @Test
  void updateFromCurrentKeepsWritableFields() {
    stub.json(200, PERSON).json(200, PERSON);
    Person current = webex.people().get("p1");

    webex.people().update("p1", PersonUpdateParams.builder(current).nickName("Al").build());

    String body = stub.requests().get(1).bodyText();
    assertThat(stub.requests().get(1).method()).isEqualTo("PUT");
    assertThat(stub.requests().get(1).uri()).isEqualTo("/v1/people/p1");
    assertThat(body)
        .contains("\"emails\":[\"a@x.com\"]", "\"displayName\":\"A\"", "\"nickName\":\"Al\"")
        .contains("\"loginEnabled\":true", "\"type\":\"work_extension\"")
        .doesNotContain("sipAddresses", "status", "invitePending");
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> PersonListParams.byIds(Collections.nCopies(86, "id")))
        .hasMessageContaining("ids");
    assertThatThrownBy(() -> PersonListParams.byIds(List.of("a,b"))).hasMessageContaining("ids");
    assertThatThrownBy(() -> PersonListParams.byEmail(" ")).hasMessageContaining("email");
    assertThatThrownBy(() -> PersonCreateParams.builder().displayName("A").build())
        .hasMessageContaining("emails");
    assertThatThrownBy(() -> PersonCreateParams.builder().email("a@x.com").build())
        .hasMessageContaining("displayName");
    assertThatThrownBy(() -> PersonUpdateParams.builder().build())
        .hasMessageContaining("displayName");
    assertThatThrownBy(() -> webex.people().get(null)).hasMessageContaining("personId");
    assertThat(PersonListParams.byIds(Collections.nCopies(85, "id")).ids()).hasSize(85);
    assertThat(stub.requests()).isEmpty();
  }
}
