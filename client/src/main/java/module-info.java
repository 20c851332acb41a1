/**
 * The Webex REST API client. Exports the API packages only: the root, one package per resource,
 * {@code bulk}, {@code cards} and {@code http} (the engine interface); {@code
 * io.github.webex4j.internal..} stays hidden.
 *
 * <p>Jackson binds the public model records of the exported packages through their public
 * constructors and accessors, which needs no {@code opens}. Only the services' private response
 * records are bound reflectively, so that one package is opened, to Jackson alone.
 */
module io.github.webex4j.client {
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  // Nullness annotations in the API: read by users' compilers and tools, not needed to run.
  requires static transitive org.jspecify;

  exports io.github.webex4j;
  exports io.github.webex4j.attachmentactions;
  exports io.github.webex4j.bulk;
  exports io.github.webex4j.cards;
  exports io.github.webex4j.events;
  exports io.github.webex4j.groups;
  exports io.github.webex4j.guestissuer;
  exports io.github.webex4j.http;
  exports io.github.webex4j.licenses;
  exports io.github.webex4j.meetings;
  exports io.github.webex4j.memberships;
  exports io.github.webex4j.messages;
  exports io.github.webex4j.organizations;
  exports io.github.webex4j.people;
  exports io.github.webex4j.recordings;
  exports io.github.webex4j.roles;
  exports io.github.webex4j.rooms;
  exports io.github.webex4j.teammemberships;
  exports io.github.webex4j.teams;
  exports io.github.webex4j.webhooks;

  opens io.github.webex4j.internal.services to
      com.fasterxml.jackson.databind;
}
