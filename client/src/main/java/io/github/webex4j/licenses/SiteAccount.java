package io.github.webex4j.licenses;

/**
 * A site URL assigned to a user, as reported by {@code PATCH /licenses/users}.
 *
 * @param siteUrl the Webex site, e.g. {@code mysite.webex.com}
 * @param accountType the user's account type on that site; null if absent
 */
public record SiteAccount(String siteUrl, SiteAccountType accountType) {}
