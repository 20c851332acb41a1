/** {@code webex demo}: the Project Alpha workflow of the examples module, with a tree report. */
package io.github.webex4j.cli.demo;
