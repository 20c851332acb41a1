/** Implementation of {@link io.github.webex4j.bulk.Bulk}: worker pool, adaptive rate limiter. */
package io.github.webex4j.internal.bulk;
