package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenApiValidatorTest {

  private static final OpenApiValidator STRICT = OpenApiValidator.strict();
  private static final OpenApiValidator LENIENT = OpenApiValidator.lenient();

  private static final String ROOM =
      """
      {"id":"Y2lzY29zcGFyazovL3VzL1JPT00vYWJj","title":"Dev Room","type":"group",
       "isLocked":false,"created":"2026-01-02T03:04:05.678Z","creatorId":"p"}""";

  @Test
  void acceptsConformingBodyOnConcretePath() {
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 200, ROOM)).isEmpty();
    assertThat(STRICT.violations("get", "http://127.0.0.1:1234/v1/rooms/abc?x=1", 200, ROOM))
        .isEmpty();
  }

  @Test
  void rejectsWrongTypeAndEnumValue() {
    String body = ROOM.replace("\"isLocked\":false", "\"isLocked\":\"no\"");
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 200, body))
        .singleElement()
        .asString()
        .contains("isLocked");
    String badEnum = ROOM.replace("\"group\"", "\"channel\"");
    assertThat(LENIENT.violations("GET", "/v1/rooms/abc", 200, badEnum)).hasSize(1);
  }

  @Test
  void strictRejectsUndeclaredFieldsLenientAllowsThem() {
    String body = ROOM.replace("\"title\"", "\"titel\":\"x\",\"title\"");
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 200, body))
        .singleElement()
        .asString()
        .contains("titel");
    assertThat(LENIENT.violations("GET", "/v1/rooms/abc", 200, body)).isEmpty();
  }

  @Test
  void pinsMessagingTimestampsToMillisAndZ() {
    String body = ROOM.replace("2026-01-02T03:04:05.678Z", "2015-10-18T14:26:16+00:00");
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 200, body))
        .singleElement()
        .asString()
        .contains("created");
  }

  @Test
  void unknownOperationsAndStatusesFailLoudly() {
    assertThat(STRICT.violations("GET", "/v1/nothing/here", 200, "{}"))
        .containsExactly("no operation in the OpenAPI document matches path /nothing/here");
    assertThat(STRICT.violations("PATCH", "/v1/rooms/abc", 200, ROOM))
        .containsExactly("no operation PATCH /rooms/{roomId}");
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 201, ROOM))
        .containsExactly("status 201 is not documented for GET /rooms/{roomId}");
    assertThatThrownBy(() -> STRICT.assertValid("GET", "/v1/nothing", 200, "{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/nothing");
  }

  @Test
  void literalSegmentsWinOverVariables() {
    String person = "{\"id\":\"p\",\"emails\":[\"a@example.com\"],\"displayName\":\"A\"}";
    assertThat(STRICT.violations("GET", "/v1/people/me", 200, person)).isEmpty();
    assertThat(STRICT.violations("PATCH", "/v1/licenses/users", 206, "{\"orgId\":\"o\"}"))
        .isEmpty();
  }

  @Test
  void noContentMustBeEmptyAndJsonBodiesMustExist() {
    assertThat(STRICT.violations("DELETE", "/v1/rooms/abc", 204, "")).isEmpty();
    assertThat(STRICT.violations("DELETE", "/v1/rooms/abc", 204, null)).isEmpty();
    assertThat(STRICT.violations("DELETE", "/v1/rooms/abc", 204, "{}")).hasSize(1);
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 200, " ")).hasSize(1);
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 200, "{not json")).hasSize(1);
  }

  @Test
  void errorBodiesFollowTheSharedShape() {
    String error =
        "{\"message\":\"Not found\",\"errors\":[{\"description\":\"Not found\"}],"
            + "\"trackingId\":\"EM_1\"}";
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 404, error)).isEmpty();
    assertThat(STRICT.violations("GET", "/v1/rooms/abc", 404, "{\"message\":\"x\"}"))
        .singleElement()
        .asString()
        .contains("trackingId");
  }

  @Test
  void validatesMeetingAndGroupAndPatchedOperations() {
    String meetings = "{\"items\":[{\"id\":\"870f51ff287b41be84648412901e0402\",\"title\":\"T\"}]}";
    assertThat(STRICT.violations("GET", "/v1/meetings?max=1", 200, meetings))
        .contains("GET /meetings 200: /items/0: required property 'start' not found");
    assertThat(STRICT.violations("GET", "/v1/meetings", 200, "{\"items\":[]}")).isEmpty();
    String group = "{\"id\":\"g\",\"displayName\":\"Sales\",\"memberSize\":0,\"members\":[]}";
    assertThat(STRICT.violations("POST", "/v1/groups", 201, group)).isEmpty();
    assertThat(STRICT.violations("POST", "/v1/groups", 200, group)).hasSize(1);
    assertThat(
            STRICT.violations(
                "GET",
                "/v1/groups/g/members",
                200,
                "{\"totalResults\":0,\"startIndex\":1,\"itemsPerPage\":0,\"members\":[]}"))
        .isEmpty();
    assertThat(
            STRICT.violations(
                "POST", "/v1/jwt/login", 200, "{\"token\":\"t\",\"expiresIn\":21599}"))
        .isEmpty();
    assertThat(STRICT.violations("POST", "/v1/jwt/login", 200, "{\"token\":\"t\"}")).hasSize(1);
  }
}
