package io.github.webex4j.people;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person (user, bot or app user). Lists are never null (empty when absent); other components are
 * null when Webex omits them, which it does for fields that do not apply or that the caller may not
 * see (presence outside the caller's org, admin-only fields on list results).
 *
 * @param id opaque person id
 * @param emails email addresses (Webex allows one)
 * @param phoneNumbers phone numbers
 * @param extension Webex Calling extension
 * @param locationId Webex Calling location id
 * @param displayName full name
 * @param nickName nickname
 * @param firstName first name
 * @param lastName last name
 * @param avatar URL of the avatar image
 * @param orgId organization id
 * @param roles role ids (admins only); comma-joined elements are split
 * @param licenses license ids (admins only); comma-joined elements are split
 * @param department business department
 * @param manager manager identifier
 * @param managerId the manager's person id
 * @param title job title
 * @param addresses postal addresses
 * @param created when the person was created
 * @param lastModified when the person was last changed
 * @param timezone IANA time zone
 * @param lastActivity time of the last activity (presence)
 * @param siteUrls Webex sites with a role, e.g. {@code mysite.webex.com#attendee}
 * @param sipAddresses SIP addresses
 * @param xmppFederationJid XMPP federation id
 * @param status presence status
 * @param invitePending whether the invitation is still pending (admins only; Webex sends the
 *     strings {@code "true"}/{@code "false"}, decoded here as a boolean)
 * @param loginEnabled whether the person may log in (admins only; string on the wire as above)
 * @param type person, bot or app user
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Person(
    @Nullable String id,
    List<String> emails,
    List<PhoneNumber> phoneNumbers,
    @Nullable String extension,
    @Nullable String locationId,
    @Nullable String displayName,
    @Nullable String nickName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String avatar,
    @Nullable String orgId,
    @Nullable List<String> roles,
    @Nullable List<String> licenses,
    @Nullable String department,
    @Nullable String manager,
    @Nullable String managerId,
    @Nullable String title,
    List<Address> addresses,
    @Nullable Instant created,
    @Nullable Instant lastModified,
    @Nullable String timezone,
    @Nullable Instant lastActivity,
    List<String> siteUrls,
    List<SipAddress> sipAddresses,
    @Nullable String xmppFederationJid,
    @Nullable PersonStatus status,
    @Nullable Boolean invitePending,
    @Nullable Boolean loginEnabled,
    @Nullable PersonType type,
    Map<String, @Nullable Object> extra) {

  /**
   * Replaces absent lists with empty ones and splits comma-joined role and license ids (the Webex
   * examples show {@code ["id1,id2"]}; ids are base64url and never contain commas).
   */
  public Person {
    extra = Extras.copyOf(extra);
    emails = emails == null ? List.of() : List.copyOf(emails);
    phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
    roles = splitIds(roles);
    licenses = splitIds(licenses);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    siteUrls = siteUrls == null ? List.of() : List.copyOf(siteUrls);
    sipAddresses = sipAddresses == null ? List.of() : List.copyOf(sipAddresses);
  }

  private static List<String> splitIds(List<String> ids) {
    if (ids == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String id : ids) {
      if (id != null) {
        for (String part : id.split(",")) {
          if (!part.isBlank()) {
            result.add(part.trim());
          }
        }
      }
    }
    return List.copyOf(result);
  }

  /** The first email address, or null if there is none. */
  public @Nullable String email() {
    return emails.isEmpty() ? null : emails.get(0);
  }
}
