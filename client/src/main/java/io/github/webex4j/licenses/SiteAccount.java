package io.github.webex4j.licenses;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A site URL assigned to a user, as reported by {@code PATCH /licenses/users}.
 *
 * @param siteUrl the Webex site, e.g. {@code mysite.webex.com}
 * @param accountType the user's account type on that site; null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record SiteAccount(
    @Nullable String siteUrl,
    @Nullable SiteAccountType accountType,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public SiteAccount {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public SiteAccount(@Nullable String siteUrl, @Nullable SiteAccountType accountType) {
    this(siteUrl, accountType, Map.of());
  }
}
