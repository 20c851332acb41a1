/** People: {@link io.github.webex4j.people.People}, {@link io.github.webex4j.people.Person}. */
@NullMarked
package io.github.webex4j.people;

import org.jspecify.annotations.NullMarked;
