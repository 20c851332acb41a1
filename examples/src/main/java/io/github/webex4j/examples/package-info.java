/**
 * Runnable examples of the webex4j client, quoted in the README; {@link
 * io.github.webex4j.examples.ProjectAlpha} is the showcase (and what {@code webex demo} runs).
 */
package io.github.webex4j.examples;
