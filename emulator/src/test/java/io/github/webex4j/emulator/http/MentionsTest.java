package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private final World world = new World(Clock.systemUTC(), UUID::randomUUID, "t", "a@x.com");
  private final Person bob =
      world.locked(() -> world.people.create("bob@x.com", "Bob <Builder>", "person"));

  @Test
  void parsesEmailIdAndGroupMentionsOnce() {
    Mentions.Parsed parsed =
        Mentions.parse(
            world,
            "<@personEmail:BOB@x.com> <@personId:"
                + bob.id
                + "|B> <@personEmail:nobody@x.com>"
                + " <@all> <@all>");
    assertThat(parsed.people()).containsExactly(bob.id);
    assertThat(parsed.groups()).containsExactly("all");
    assertThat(Mentions.parse(world, null).people()).isEmpty();
  }

  @Test
  void rendersHtmlEscapedAndPlainText() {
    String markdown = "**Hi** <@personEmail:bob@x.com>, see [docs](https://x.com/a) & `code` <b>";
    String html = Mentions.html(world, markdown);
    assertThat(html)
        .startsWith("<p><strong>Hi</strong>")
        .contains("data-object-id=\"" + bob.id + "\">Bob &lt;Builder&gt;</spark-mention>")
        .contains("<a href=\"https://x.com/a\">docs</a>")
        .contains("&amp;", "<code>code</code>", "&lt;b&gt;");
    assertThat(Mentions.plain(world, markdown))
        .isEqualTo("Hi Bob <Builder>, see docs (https://x.com/a) & code <b>");
    assertThat(Mentions.plain(world, "<@personId:unknown|Named>")).isEqualTo("Named");
  }
}
