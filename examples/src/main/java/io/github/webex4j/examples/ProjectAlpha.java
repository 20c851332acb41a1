package io.github.webex4j.examples;

import io.github.webex4j.WebexClient;
import io.github.webex4j.WebexException;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageCreateParams;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.people.Person;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomListParams;
import io.github.webex4j.teammemberships.TeamMembership;
import io.github.webex4j.teammemberships.TeamMembershipCreateParams;
import io.github.webex4j.teammemberships.TeamMembershipListParams;
import io.github.webex4j.teams.Team;
import io.github.webex4j.teams.TeamCreateParams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Project Alpha: a team with five members, a "Dev Room" with the first three of them and a "QA
 * Room" with the other two, both under the team, each greeted by a welcome message that names the
 * room and the team and mentions its members.
 *
 * <p>Safe to run again: the team and rooms are found by name among the caller's, existing
 * memberships are kept, and a welcome message the caller already posted is not posted twice. Safe
 * under faults too: a create whose outcome is unknown (5xx, reset, timeout) looks before creating
 * again, and the welcome messages go through {@code messages().createOnce}. A dry run reads but
 * never writes. Run it with a token in {@code WEBEX_API_TOKEN} (or {@code .env}):
 *
 * <pre>{@code
 * java io.github.webex4j.examples.ProjectAlpha ana@example.com,ben@example.com,...  (five emails)
 * }</pre>
 *
 * <p>[?] A bot token cannot list a group room's messages without {@code mentionedPeople=me} (Webex
 * answers 403), so for bots the welcome-message check fails at that step; use a user or integration
 * token. Not verified against Webex.
 *
 * <p>Not thread-safe: one instance per run.
 */
public final class ProjectAlpha {
  /** The team's name. */
  public static final String TEAM = "Project Alpha";

  /** The room for the first three members. */
  public static final String DEV_ROOM = "Dev Room";

  /** The room for the last two members. */
  public static final String QA_ROOM = "QA Room";

  /** How many messages of a room are searched for an earlier welcome message. */
  private static final int WELCOME_SEARCH_DEPTH = 200;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

  private final WebexClient webex;
  private final boolean dryRun;

  /**
   * @param webex the client to run with
   * @param dryRun if true, only read: report what would be created without creating it
   */
  public ProjectAlpha(WebexClient webex, boolean dryRun) {
    this.webex = webex;
    this.dryRun = dryRun;
  }

  /** Runs Project Alpha for the five emails given as arguments (or one comma-separated list). */
  public static void main(String[] args) {
    List<String> members = members(String.join(",", args));
    WebexClient webex = WebexClient.fromEnv();
    Result result = new ProjectAlpha(webex, false).run(members);
    for (Outcome outcome : result.outcomes()) {
      String id = outcome.id() == null ? "" : "  " + outcome.id();
      System.out.println(outcome.status() + "  " + outcome.name() + id);
    }
  }

  /**
   * Creates (or finds) the team, its memberships, both rooms, their memberships and welcome
   * messages.
   *
   * @param members exactly five distinct emails, as {@link #members(String)} returns them
   * @return what exists now (or would, for a dry run), step by step
   * @throws StepFailedException naming the step that failed; running again resumes safely
   */
  public Result run(List<String> members) {
    List<String> five = members(String.join(",", members));
    Person me = step("find out who the token belongs to", () -> webex.people().me());

    Outcome team = step("find or create team " + TEAM, this::findOrCreateTeam);
    List<Outcome> teamMembers = new ArrayList<>();
    for (String email : five) {
      teamMembers.add(step("add " + email + " to " + TEAM, () -> addToTeam(team, email)));
    }

    List<RoomSetup> rooms =
        List.of(
            setUpRoom(team, DEV_ROOM, five.subList(0, 3), me),
            setUpRoom(team, QA_ROOM, five.subList(3, 5), me));
    return new Result(team, teamMembers, rooms);
  }

  private Outcome findOrCreateTeam() {
    Optional<String> existing = findTeam();
    if (existing.isPresent()) {
      return Outcome.exists(TEAM, existing.get());
    }
    if (dryRun) {
      return Outcome.planned(TEAM);
    }
    return Outcome.created(
        TEAM,
        createOrFind(() -> webex.teams().create(TeamCreateParams.of(TEAM)).id(), this::findTeam));
  }

  private Optional<String> findTeam() {
    return webex.teams().list().autoPager().stream()
        .filter(team -> TEAM.equals(team.name()))
        .min(Comparator.comparing(Team::created, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(Team::id);
  }

  /**
   * Creates something and returns its id. A create that failed in a way that leaves open whether
   * Webex acted (a 5xx, a reset, a timeout, an unreadable answer) is not simply repeated, which
   * could make a second team or room: {@code find} looks first, and only if nothing is there is the
   * create sent once more.
   */
  private static String createOrFind(Supplier<String> create, Supplier<Optional<String>> find) {
    try {
      return create.get();
    } catch (WebexException e) {
      if (!e.requestMayHaveActed()) {
        throw e;
      }
      return find.get().orElseGet(create);
    }
  }

  private Outcome addToTeam(Outcome team, String email) {
    Optional<String> member =
        team.id() == null ? Optional.empty() : teamMembership(team.id(), email);
    if (member.isPresent()) {
      return Outcome.exists(email, member.get());
    }
    if (dryRun) {
      return Outcome.planned(email);
    }
    return Outcome.created(
        email,
        createOrFind(
            () ->
                webex
                    .teamMemberships()
                    .create(TeamMembershipCreateParams.byEmail(team.id(), email))
                    .id(),
            () -> teamMembership(team.id(), email)));
  }

  private Optional<String> teamMembership(String teamId, String email) {
    return webex
        .teamMemberships()
        .list(TeamMembershipListParams.ofTeam(teamId))
        .autoPager()
        .stream()
        .filter(membership -> sameEmail(membership.personEmail(), email))
        .map(TeamMembership::id)
        .findFirst();
  }

  private RoomSetup setUpRoom(Outcome team, String title, List<String> emails, Person me) {
    Outcome room = step("find or create room " + title, () -> findOrCreateRoom(team, title));
    List<Outcome> members = new ArrayList<>();
    for (String email : emails) {
      members.add(step("add " + email + " to " + title, () -> addToRoom(room, email)));
    }
    Outcome welcome =
        step("post the welcome message in " + title, () -> postWelcome(room, emails, me));
    return new RoomSetup(room, members, welcome);
  }

  private Outcome findOrCreateRoom(Outcome team, String title) {
    if (team.id() != null) {
      Optional<String> existing = findRoom(team.id(), title);
      if (existing.isPresent()) {
        return Outcome.exists(title, existing.get());
      }
    }
    if (dryRun) {
      return Outcome.planned(title);
    }
    RoomCreateParams params = RoomCreateParams.builder().title(title).teamId(team.id()).build();
    return Outcome.created(
        title,
        createOrFind(() -> webex.rooms().create(params).id(), () -> findRoom(team.id(), title)));
  }

  private Optional<String> findRoom(String teamId, String title) {
    return webex.rooms().list(RoomListParams.ofTeam(teamId)).autoPager().stream()
        .filter(room -> title.equals(room.title()))
        .map(Room::id)
        .findFirst();
  }

  private Outcome addToRoom(Outcome room, String email) {
    Optional<String> member =
        room.id() == null ? Optional.empty() : roomMembership(room.id(), email);
    if (member.isPresent()) {
      return Outcome.exists(email, member.get());
    }
    if (dryRun) {
      return Outcome.planned(email);
    }
    return Outcome.created(
        email,
        createOrFind(
            () -> webex.memberships().create(MembershipCreateParams.byEmail(room.id(), email)).id(),
            () -> roomMembership(room.id(), email)));
  }

  private Optional<String> roomMembership(String roomId, String email) {
    return webex.memberships().list(MembershipListParams.ofRoom(roomId)).autoPager().stream()
        .filter(membership -> sameEmail(membership.personEmail(), email))
        .map(Membership::id)
        .findFirst();
  }

  private Outcome postWelcome(Outcome room, List<String> emails, Person me) {
    String name = "welcome message";
    if (room.id() != null) {
      Optional<Message> earlier =
          webex.messages().list(MessageListParams.ofRoom(room.id())).autoPager().stream()
              .limit(WELCOME_SEARCH_DEPTH)
              .filter(message -> me.id().equals(message.personId()) && isWelcome(message, room))
              .findFirst();
      if (earlier.isPresent()) {
        return Outcome.exists(name, earlier.get().id());
      }
    }
    if (dryRun) {
      return Outcome.planned(name);
    }
    String markdown = welcomeMarkdown(room.name(), emails);
    return Outcome.created(
        name,
        webex.messages().createOnce(MessageCreateParams.markdownTo(room.id(), markdown)).id());
  }

  /** The welcome message of a room: names the room and the team, mentions each member. */
  static String welcomeMarkdown(String room, List<String> emails) {
    String mentions =
        emails.stream()
            .map(email -> "<@personEmail:" + email + ">")
            .collect(Collectors.joining(", "));
    return "Welcome to **" + room + "** of team **" + TEAM + "**, " + mentions + "!";
  }

  private static boolean isWelcome(Message message, Outcome room) {
    String markdownStart = "Welcome to **" + room.name() + "** of team **" + TEAM + "**";
    String textStart = "Welcome to " + room.name() + " of team " + TEAM;
    return (message.markdown() != null && message.markdown().startsWith(markdownStart))
        || (message.text() != null && message.text().startsWith(textStart));
  }

  private static boolean sameEmail(String a, String b) {
    return a != null && a.equalsIgnoreCase(b);
  }

  private static <T> T step(String description, Supplier<T> action) {
    try {
      return action.get();
    } catch (WebexException e) {
      throw new StepFailedException(description, e);
    }
  }

  /**
   * Parses and checks the member list before any request.
   *
   * @param commaSeparated five emails separated by commas (spaces allowed)
   * @return the five emails, trimmed, in the given order
   * @throws IllegalArgumentException unless there are exactly five valid, distinct emails
   */
  public static List<String> members(String commaSeparated) {
    List<String> emails =
        commaSeparated == null
            ? List.of()
            : List.of(commaSeparated.split(",")).stream()
                .map(String::strip)
                .filter(email -> !email.isEmpty())
                .toList();
    if (emails.size() != 5) {
      throw new IllegalArgumentException(
          "members: exactly five emails are needed (comma-separated), got " + emails.size());
    }
    Set<String> seen = new HashSet<>();
    for (String email : emails) {
      if (!EMAIL.matcher(email).matches()) {
        throw new IllegalArgumentException("members: not a valid email: " + email);
      }
      if (!seen.add(email.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("members: listed twice: " + email);
      }
    }
    return emails;
  }

  /** What happened to one object. */
  public enum Status {
    /** Created by this run. */
    CREATED,
    /** Found; left as it was. */
    EXISTS,
    /** Missing; a real run would create it (dry run only). */
    PLANNED
  }

  /**
   * One step's result.
   *
   * @param name team or room name, member email, or "welcome message"
   * @param id the object's id (team, room, membership or message); null when planned, and for
   *     memberships that already existed
   * @param status what happened
   */
  public record Outcome(String name, String id, Status status) {
    static Outcome created(String name, String id) {
      return new Outcome(name, id, Status.CREATED);
    }

    static Outcome exists(String name, String id) {
      return new Outcome(name, id, Status.EXISTS);
    }

    static Outcome planned(String name) {
      return new Outcome(name, null, Status.PLANNED);
    }
  }

  /**
   * One room with its members and welcome message.
   *
   * @param room the room
   * @param members one outcome per member email
   * @param welcome the welcome message
   */
  public record RoomSetup(Outcome room, List<Outcome> members, Outcome welcome) {
    /** Copies the list. */
    public RoomSetup {
      members = List.copyOf(members);
    }
  }

  /**
   * The whole run.
   *
   * @param team the team
   * @param members the team memberships, one per email
   * @param rooms Dev Room, then QA Room
   */
  public record Result(Outcome team, List<Outcome> members, List<RoomSetup> rooms) {
    /** Copies the lists. */
    public Result {
      members = List.copyOf(members);
      rooms = List.copyOf(rooms);
    }

    /**
     * Every outcome in tree order: team, team members, then per room the room, its members and
     * welcome.
     */
    public List<Outcome> outcomes() {
      List<Outcome> all = new ArrayList<>();
      all.add(team);
      all.addAll(members);
      for (RoomSetup room : rooms) {
        all.add(room.room());
        all.addAll(room.members());
        all.add(room.welcome());
      }
      return all;
    }
  }

  /** A step of the workflow failed; what ran before it stays, and running again resumes. */
  public static final class StepFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String step;

    StepFailedException(String step, WebexException cause) {
      super("Step \"" + step + "\" failed: " + cause.getMessage(), cause);
      this.step = step;
    }

    /** The step that failed, e.g. {@code add ana@example.com to Dev Room}. */
    public String step() {
      return step;
    }
  }
}
