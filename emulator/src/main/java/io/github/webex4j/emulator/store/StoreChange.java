package io.github.webex4j.emulator.store;

/**
 * Something a store did that webhooks and {@code /events} report, before it is rendered: {@link
 * World#renderEventsWith} turns it into a {@link DomainEvent} at once, so the event shows the
 * subject as it is at this moment.
 *
 * @param resource the webhook resource: {@code memberships} ({@link Membership}), {@code rooms}
 *     ({@link Room}), {@code messages} ({@link Message}), {@code attachmentActions} ({@link
 *     AttachmentAction}), {@code meetings} ({@link MeetingStore.Series}, {@link
 *     MeetingStore.Occurrence} or {@link MeetingStore.Instance}) or {@code recordings} ({@link
 *     RecordingStore.Recording})
 * @param type {@code created}, {@code updated}, {@code deleted}, {@code started} or {@code ended}
 * @param actor who caused it
 * @param subject the entity it concerns, of the type its resource names
 */
public record StoreChange(String resource, String type, Person actor, Object subject) {}
