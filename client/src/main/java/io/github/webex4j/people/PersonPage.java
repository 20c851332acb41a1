package io.github.webex4j.people;

import io.github.webex4j.Page;
import java.util.List;

/** One page of {@code GET /people}, with the requested ids Webex did not find. */
public interface PersonPage extends Page<Person> {

  /** The ids of an {@code id=} query that Webex did not find (empty otherwise); never null. */
  List<String> notFoundIds();

  @Override
  PersonPage nextPage();
}
