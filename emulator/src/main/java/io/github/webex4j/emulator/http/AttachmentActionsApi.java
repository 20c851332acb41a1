package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.AttachmentActionRenderer;
import io.github.webex4j.emulator.store.AttachmentAction;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;

/** {@code /attachment/actions}: submit a card action and read it back. */
public final class AttachmentActionsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public AttachmentActionsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.post("/attachment/actions", this::create).get("/attachment/actions/{id}", this::get);
  }

  /** [?] Answers 200 (S1 documents 202; WebexPythonSDK expects 200). */
  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    JsonBody body = request.json();
    String type = body.requiredString("type");
    String messageId = body.requiredString("messageId");
    ObjectNode inputs = body.optObject("inputs");
    if (!type.equals("submit")) {
      throw ApiException.badRequest("Invalid value for 'type': only 'submit' is supported.");
    }
    if (inputs == null) {
      throw ApiException.badRequest("The 'inputs' field is required.");
    }
    AttachmentAction action = world.attachmentActions.submit(caller, messageId, inputs.deepCopy());
    return ApiResponse.ok(AttachmentActionRenderer.render(action));
  }

  private ApiResponse get(ApiRequest request) {
    AttachmentAction action =
        world.attachmentActions.visibleTo(request.caller(), request.pathParam("id"));
    return ApiResponse.ok(AttachmentActionRenderer.render(action));
  }
}
