package io.github.webex4j.cli.notify;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline states a notification reports, each with the emoji shown in the card and the
 * markdown fallback and the Adaptive Card colour ({@code TextBlock.color}) and container style of
 * the card's header.
 */
public enum NotifyStatus {
  /** A run began. */
  STARTED("Started", "\uD83D\uDE80", "accent", "accent"),
  /** A run is in progress (an intermediate step finished). */
  RUNNING("Running", "\u23F3", "accent", "emphasis"),
  /** The run succeeded. */
  SUCCESS("Success", "\u2705", "good", "good"),
  /** The run failed. */
  FAILURE("Failure", "\u274C", "attention", "attention"),
  /** The run was cancelled. */
  CANCELLED("Cancelled", "\u26D4", "default", "emphasis"),
  /** The run finished with test failures or warnings (Jenkins' "unstable"). */
  UNSTABLE("Unstable", "\u26A0\uFE0F", "warning", "warning"),
  /** A deployment finished. */
  DEPLOYED("Deployed", "\uD83D\uDCE6", "good", "good"),
  /** A deployment was rolled back. */
  ROLLBACK("Rollback", "\u21A9\uFE0F", "warning", "attention"),
  /** The job or step did not run (GitHub/Azure "skipped", Jenkins "NOT_BUILT"). */
  SKIPPED("Skipped", "\u23ED\uFE0F", "default", "emphasis"),
  /**
   * A status word this command does not know: reported as it is, neither good nor bad, and never
   * failing the build.
   */
  NEUTRAL("Neutral", "\u2139\uFE0F", "default", "default");

  private final String label;
  private final String emoji;
  private final String color;
  private final String containerStyle;

  NotifyStatus(String label, String emoji, String color, String containerStyle) {
    this.label = label;
    this.emoji = emoji;
    this.color = color;
    this.containerStyle = containerStyle;
  }

  /** Capitalised name, e.g. {@code Failure}. */
  public String label() {
    return label;
  }

  /** The emoji shown before the label. */
  public String emoji() {
    return emoji;
  }

  /** Adaptive Card text colour of the header: default, accent, good, warning or attention. */
  public String color() {
    return color;
  }

  /** Adaptive Card container style of the header (Adaptive Cards 1.2+). */
  public String containerStyle() {
    return containerStyle;
  }

  /**
   * Whether people should be alerted ({@code --mention-on-failure}): failure, unstable, rollback.
   */
  public boolean needsAttention() {
    return this == FAILURE || this == UNSTABLE || this == ROLLBACK;
  }

  /**
   * Other CI systems' words for the states, so that {@code --status "$CI_JOB_STATUS"} (GitLab),
   * {@code ${currentBuild.currentResult}} (Jenkins), {@code ${{ job.status }}} (GitHub) and {@code
   * $(Agent.JobStatus)} (Azure) work as they are.
   */
  private static final Map<String, NotifyStatus> ALIASES =
      Map.ofEntries(
          Map.entry("failed", FAILURE),
          // Drone/Woodpecker "error": the pipeline could not run; a person must look, so it is
          // reported as a failure (it does not fail the build: only --fail-on-error and a failed
          // send do).
          Map.entry("error", FAILURE),
          Map.entry("errored", FAILURE),
          Map.entry("canceled", CANCELLED),
          Map.entry("aborted", CANCELLED),
          Map.entry("succeeded", SUCCESS),
          Map.entry("passed", SUCCESS),
          Map.entry("succeededwithissues", UNSTABLE),
          Map.entry("skip", SKIPPED),
          Map.entry("not_built", SKIPPED),
          Map.entry("not-built", SKIPPED),
          Map.entry("notbuilt", SKIPPED));

  /**
   * The status named {@code value}: a constant's name or a CI alias, any case ({@code neutral} is
   * what unknown words become, see {@link #lenient}).
   *
   * @return empty for an unknown name
   */
  public static Optional<NotifyStatus> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.strip().toLowerCase(Locale.ROOT);
    for (NotifyStatus status : values()) {
      if (status.cliName().equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.ofNullable(ALIASES.get(name));
  }

  /** The status named {@code value}, else {@link #NEUTRAL}. */
  public static NotifyStatus lenient(String value) {
    return parse(value).orElse(NEUTRAL);
  }

  /** The command-line spelling, e.g. {@code failure}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
