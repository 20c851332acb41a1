/** People: {@link io.github.webex4j.people.People}, {@link io.github.webex4j.people.Person}. */
package io.github.webex4j.people;
