package io.github.webex4j.cli.demo;

import io.github.webex4j.examples.ProjectAlpha.Outcome;
import io.github.webex4j.examples.ProjectAlpha.Result;
import io.github.webex4j.examples.ProjectAlpha.RoomSetup;
import io.github.webex4j.examples.ProjectAlpha.Status;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a Project Alpha result as a tree: team, members, rooms, room members, welcome. */
final class DemoTree {
  private final PrintWriter out;
  private final List<String[]> lines = new ArrayList<>();

  DemoTree(PrintWriter out) {
    this.out = out;
  }

  void print(Result result, boolean dryRun) {
    add("", "Team " + result.team().name(), result.team());
    add("├─ ", "team members", null);
    addAll("│  ", result.members(), false);
    for (int i = 0; i < result.rooms().size(); i++) {
      RoomSetup room = result.rooms().get(i);
      boolean last = i == result.rooms().size() - 1;
      add(last ? "└─ " : "├─ ", "Room " + room.room().name(), room.room());
      String indent = last ? "   " : "│  ";
      addAll(indent, room.members(), true);
      add(indent + "└─ ", room.welcome().name(), room.welcome());
    }
    int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
    for (String[] line : lines) {
      out.println((line[0] + " ".repeat(width - line[0].length() + 2) + line[1]).stripTrailing());
    }
    long created = count(result, dryRun ? Status.PLANNED : Status.CREATED);
    long existing = count(result, Status.EXISTS);
    out.println(
        dryRun
            ? "Dry run: nothing was written; "
                + created
                + " would be created, "
                + existing
                + " exist."
            : "Done: " + created + " created, " + existing + " already existed.");
  }

  /** Member lines; membership ids are left to {@code -o json}. */
  private void addAll(String indent, List<Outcome> members, boolean more) {
    for (int i = 0; i < members.size(); i++) {
      Outcome member = members.get(i);
      boolean last = i == members.size() - 1 && !more;
      add(
          indent + (last ? "└─ " : "├─ "),
          member.name(),
          new Outcome(member.name(), null, member.status()));
    }
  }

  private void add(String prefix, String label, Outcome outcome) {
    String status = outcome == null ? "" : status(outcome);
    lines.add(new String[] {prefix + label, status});
  }

  private static String status(Outcome outcome) {
    String text =
        switch (outcome.status()) {
          case CREATED -> "✓ created";
          case EXISTS -> "exists";
          case PLANNED -> "would create";
        };
    return outcome.id() == null ? text : String.format("%-12s %s", text, outcome.id());
  }

  private static long count(Result result, Status status) {
    return result.outcomes().stream().filter(outcome -> outcome.status() == status).count();
  }
}
