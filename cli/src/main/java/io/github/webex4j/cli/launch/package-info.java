/**
 * {@code java -jar webex.jar}: the jar's entry point, which reruns the command in a second JVM with
 * the start-up flags and archive that {@code ./webex} passes, where it can.
 */
package io.github.webex4j.cli.launch;
