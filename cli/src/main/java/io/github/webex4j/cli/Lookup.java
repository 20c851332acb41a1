package io.github.webex4j.cli;

import io.github.webex4j.WebexClient;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.teams.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves a room or team given by id or by title. A title is looked up through all pages of the
 * caller's rooms or teams; it must match exactly one (else a {@link CliFailure} listing the
 * candidates).
 */
public final class Lookup {
  /** Every Webex id is base64 of {@code ciscospark://...}; titles practically never start so. */
  private static final String ID_PREFIX = "Y2lzY29zcGFyazovL";

  private final WebexClient webex;

  /**
   * @param webex the client to search with
   */
  public Lookup(WebexClient webex) {
    this.webex = webex;
  }

  /** Whether {@code value} is a Webex id rather than a title. */
  public static boolean isId(String value) {
    return value.startsWith(ID_PREFIX);
  }

  /**
   * @param idOrName a team id, or the exact name of one of the caller's teams
   * @return the team id
   * @throws CliFailure exit 2 if no team has that name, exit 1 if several do
   */
  public String teamId(String idOrName) {
    if (isId(idOrName)) {
      return idOrName;
    }
    return unique("team", idOrName, webex.teams().list().autoPager(), Team::name, Team::id);
  }

  /**
   * @param idOrTitle a room id, or the exact title of one of the caller's rooms
   * @return the room id
   * @throws CliFailure exit 2 if no room has that title, exit 1 if several do
   */
  public String roomId(String idOrTitle) {
    if (isId(idOrTitle)) {
      return idOrTitle;
    }
    return unique("room", idOrTitle, webex.rooms().list().autoPager(), Room::title, Room::id);
  }

  /**
   * As {@link #teamId} or {@link #roomId} (for {@code kind} "team" or "room"), but empty when none
   * of the caller's has that name (a delete with {@code --ignore-not-found}).
   *
   * @throws CliFailure exit 1 if several have that name
   */
  public Optional<String> existingId(String kind, String idOrName) {
    if (isId(idOrName)) {
      return Optional.of(idOrName);
    }
    return kind.equals("team")
        ? find("team", idOrName, webex.teams().list().autoPager(), Team::name, Team::id)
        : find("room", idOrName, webex.rooms().list().autoPager(), Room::title, Room::id);
  }

  /**
   * The id of the one item named {@code wanted}.
   *
   * @throws CliFailure exit 2 if none matches, exit 1 listing the candidates if several do
   */
  static <T> String unique(
      String kind,
      String wanted,
      Iterable<T> items,
      Function<T, String> name,
      Function<T, String> id) {
    return find(kind, wanted, items, name, id)
        .orElseThrow(
            () ->
                new CliFailure(
                    ExitCodes.API,
                    "No " + kind + " named \"" + wanted + "\" among yours; use its id."));
  }

  /**
   * The id of the one item named {@code wanted}, empty if none is.
   *
   * @throws CliFailure exit 1 listing the candidates if several are
   */
  private static <T> Optional<String> find(
      String kind,
      String wanted,
      Iterable<T> items,
      Function<T, String> name,
      Function<T, String> id) {
    List<String> matches = new ArrayList<>();
    for (T item : items) {
      if (wanted.equals(name.apply(item))) {
        matches.add(id.apply(item));
      }
    }
    if (matches.size() > 1) {
      throw new CliFailure(
          ExitCodes.USAGE,
          matches.size()
              + " "
              + kind
              + "s are named \""
              + wanted
              + "\"; use one of these ids: "
              + String.join(", ", matches));
    }
    return matches.stream().findFirst();
  }
}
