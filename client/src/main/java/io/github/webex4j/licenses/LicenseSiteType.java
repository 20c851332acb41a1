package io.github.webex4j.licenses;

/** How the Webex site of a license is managed ({@code siteType}). */
public enum LicenseSiteType {
  /** {@code Control Hub managed site}. */
  CONTROL_HUB_MANAGED_SITE,
  /** {@code Linked site}. */
  LINKED_SITE,
  /** {@code Site Admin managed site}. */
  SITE_ADMIN_MANAGED_SITE,
  /** A value this version of webex4j does not know. */
  UNKNOWN
}
