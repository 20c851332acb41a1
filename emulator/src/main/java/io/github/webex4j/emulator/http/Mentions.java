package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown mentions and rendering: {@code <@personEmail:addr>}, {@code <@personEmail:addr|Name>},
 * {@code <@personId:id|Name>} and the group mention {@code <@all>} ([?] syntax from memory). Also
 * derives the read-only {@code html} and the plain {@code text} fallback from markdown.
 */
public final class Mentions {
  private static final Pattern MENTION =
      Pattern.compile("<@(personEmail|personId):([^|>\\s]+)(?:\\|([^>]*))?>|<@all>");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])[*_](?![*\\s])(.+?)[*_]");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");

  private Mentions() {}

  /**
   * Parsed mentions.
   *
   * @param people ids of mentioned people who exist, in order, without duplicates
   * @param groups {@code ["all"]} when {@code <@all>} occurs
   */
  public record Parsed(List<String> people, List<String> groups) {}

  /** Parses the mentions in {@code markdown} (null gives none). */
  public static Parsed parse(World world, String markdown) {
    Set<String> people = new LinkedHashSet<>();
    List<String> groups = new ArrayList<>();
    if (markdown == null) {
      return new Parsed(List.of(), List.of());
    }
    Matcher m = MENTION.matcher(markdown);
    while (m.find()) {
      if (m.group(1) == null) {
        if (groups.isEmpty()) {
          groups.add("all");
        }
      } else {
        resolve(world, m.group(1), m.group(2)).ifPresent(p -> people.add(p.id));
      }
    }
    return new Parsed(List.copyOf(people), List.copyOf(groups));
  }

  private static Optional<Person> resolve(World world, String kind, String value) {
    return kind.equals("personEmail") ? world.people.findByEmail(value) : world.people.find(value);
  }

  /** Plain text derived from markdown: mentions become names, markup is dropped. */
  public static String plain(World world, String markdown) {
    String text = replaceMentions(world, markdown, false);
    text = LINK.matcher(text).replaceAll("$1 ($2)");
    text = BOLD.matcher(text).replaceAll("$1");
    text = CODE.matcher(text).replaceAll("$1");
    return ITALIC.matcher(text).replaceAll("$1");
  }

  /** A small HTML rendering of markdown (bold, italic, code, links, mentions, paragraphs). */
  public static String html(World world, String markdown) {
    String html = replaceMentions(world, escape(markdown), true);
    html = LINK.matcher(html).replaceAll("<a href=\"$2\">$1</a>");
    html = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
    html = CODE.matcher(html).replaceAll("<code>$1</code>");
    html = ITALIC.matcher(html).replaceAll("<em>$1</em>");
    return "<p>" + html.replace("\n", "<br/>") + "</p>";
  }

  private static String replaceMentions(World world, String input, boolean html) {
    Pattern pattern =
        html
            ? Pattern.compile(
                "&lt;@(personEmail|personId):([^|&\\s]+)(?:\\|((?:(?!&gt;).)*))?&gt;|&lt;@all&gt;")
            : MENTION;
    Matcher m = pattern.matcher(input);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) == null) {
        replacement =
            html
                ? "<spark-mention data-object-type=\"groupMention\" data-group-type=\"all\">All"
                    + "</spark-mention>"
                : "All";
      } else {
        Optional<Person> person = resolve(world, m.group(1), m.group(2));
        String name =
            m.group(3) != null && !m.group(3).isEmpty()
                ? m.group(3)
                : person.map(p -> html ? escape(p.displayName) : p.displayName).orElse(m.group(2));
        replacement =
            html && person.isPresent()
                ? "<spark-mention data-object-type=\"person\" data-object-id=\""
                    + person.get().id
                    + "\">"
                    + name
                    + "</spark-mention>"
                : name;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
