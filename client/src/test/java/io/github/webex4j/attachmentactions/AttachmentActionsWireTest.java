package io.github.webex4j.attachmentactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.WebexClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact requests of the attachment actions resource. */
class AttachmentActionsWireTest {
  private static final String ACTION =
      "{\"id\":\"a1\",\"type\":\"submit\",\"messageId\":\"m1\",\"inputs\":{\"ok\":true}}";

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
  void createAccepts202AndSendsInputs() {
    stub.json(202, ACTION);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("name", "Ana");
    inputs.put("approve", true);

    AttachmentAction action =
        webex.attachmentActions().create(AttachmentActionCreateParams.submit("m1", inputs));

    assertThat(action.inputs()).containsEntry("ok", true);
    assertThat(stub.single().uri()).isEqualTo("/v1/attachment/actions");
    assertThat(stub.single().bodyText())
        .isEqualTo(
            "{\"type\":\"submit\",\"messageId\":\"m1\",\"inputs\":{\"name\":\"Ana\",\"approve\":true}}");
  }

  @Test
  void getReadsById() {
    stub.json(200, ACTION);

    assertThat(webex.attachmentActions().get("a 1").type()).isEqualTo(AttachmentActionType.SUBMIT);
    assertThat(stub.single().uri()).isEqualTo("/v1/attachment/actions/a%201");
  }

  @Test
  void paramsValidateBeforeAnyRequest() {
    assertThatThrownBy(() -> AttachmentActionCreateParams.submit(" ", Map.of()))
        .hasMessageContaining("messageId");
    assertThatThrownBy(() -> AttachmentActionCreateParams.submit("m1", null))
        .hasMessageContaining("inputs");
    assertThatThrownBy(() -> new AttachmentActionCreateParams("click", "m1", Map.of()))
        .hasMessageContaining("type");
    assertThatThrownBy(() -> webex.attachmentActions().get(null)).hasMessageContaining("actionId");
    assertThat(stub.requests()).isEmpty();
  }
}
