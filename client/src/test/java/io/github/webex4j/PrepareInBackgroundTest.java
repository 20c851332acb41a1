package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrepareInBackgroundTest {
  private static final String MESSAGE =
      "{\"id\":\"m1\",\"roomId\":\"r1\",\"text\":\"hi\",\"created\":\"2026-12-07T00:00:00.000Z\"}";

  @Test
  void completesNormallyAndCallsDecodeAsBefore() throws Exception {
    CompletableFuture<Void> prepared = WebexClient.prepareInBackground(Message.class);

    prepared.get(30, TimeUnit.SECONDS);

    assertThat(prepared).isCompletedWithValue(null);
    try (StubServer stub = StubServer.start()) {
      stub.json(200, MESSAGE);
      Message sent =
          TestClients.client(stub).messages().create(MessageCreateParams.textTo("r1", "hi"));
      assertThat(sent.id()).isEqualTo("m1");
      assertThat(stub.single().bodyText()).contains("\"roomId\":\"r1\"", "\"text\":\"hi\"");
    }
  }
}
