/**
 * Many independent API calls at once, within a concurrency bound and a requests-per-second ceiling,
 * adapting to 429s: {@link io.github.webex4j.bulk.Bulk}, obtained from {@code WebexClient.bulk()}.
 *
 * <pre>{@code
 * BulkResult<String, Membership> result =
 *     webex.bulk()
 *         .maxConcurrency(8)
 *         .requestsPerSecond(40)
 *         .onProgress(p -> System.err.println(p.completed() + "/" + p.total()))
 *         .run(emails, (client, email) ->
 *             client.memberships().create(MembershipCreateParams.byEmail(roomId, email)));
 * result.failures().forEach(f -> System.err.println(f.item() + ": " + f.error().getMessage()));
 * }</pre>
 */
@NullMarked
package io.github.webex4j.bulk;

import org.jspecify.annotations.NullMarked;
