package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An automatic approval rule on the answer to a customized question.
 *
 * @param condition judgment expression for approval rules.
 * @param value the keyword for the approval rule.
 * @param result the automatic approval result for the approval rule.
 * @param matchCase whether to check the case of values.
 * @param order the priority number of the approval rule.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record QuestionRule(
    @Nullable RuleCondition condition,
    @Nullable String value,
    @Nullable RuleResult result,
    @Nullable Boolean matchCase,
    @Nullable Integer order,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public QuestionRule {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public QuestionRule(
      @Nullable RuleCondition condition,
      @Nullable String value,
      @Nullable RuleResult result,
      @Nullable Boolean matchCase,
      @Nullable Integer order) {
    this(condition, value, result, matchCase, order, Map.of());
  }
}
