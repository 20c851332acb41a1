package io.github.webex4j.groups;

/**
 * A member of a group.
 *
 * @param id the member's person id
 * @param type member type as sent by Webex, e.g. {@code user} (free-form: {@code machine} and
 *     {@code group} are documented examples); null if absent
 * @param displayName the member's name, null if absent
 */
public record GroupMember(String id, String type, String displayName) {}
