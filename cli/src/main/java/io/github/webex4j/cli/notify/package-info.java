/**
 * {@code webex notify}: CI/CD status notifications (adaptive card plus markdown fallback, threads,
 * edit in place, log tails and attachments, CI autodetection, exactly-once delivery).
 */
package io.github.webex4j.cli.notify;
