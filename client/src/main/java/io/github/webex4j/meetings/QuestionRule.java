package io.github.webex4j.meetings;

/**
 * An automatic approval rule on the answer to a customized question.
 *
 * @param condition judgment expression for approval rules.
 * @param value the keyword for the approval rule.
 * @param result the automatic approval result for the approval rule.
 * @param matchCase whether to check the case of values.
 * @param order the priority number of the approval rule.
 */
public record QuestionRule(
    RuleCondition condition, String value, RuleResult result, Boolean matchCase, Integer order) {}
