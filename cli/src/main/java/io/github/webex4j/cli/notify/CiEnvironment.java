package io.github.webex4j.cli.notify;

/**
 * What a CI system tells about the current run. Every component except {@code system} is null when
 * the environment does not provide it (never blank).
 *
 * @param system the CI system's name, e.g. {@code GitHub Actions}
 * @param repository repository, e.g. {@code org/app} (never with credentials)
 * @param branch branch or tag name
 * @param commit short commit sha (7 characters)
 * @param author who triggered the run or authored the change
 * @param runUrl link to the pipeline/run/build page
 * @param job job or step name
 * @param runNumber human-facing run number
 * @param trigger what started the run, e.g. {@code push}
 * @param runKey stable id of the run, shared by all its jobs (the default thread key)
 * @param workspace the checkout directory
 * @param tempDir a per-job temporary directory the CI system provides
 */
public record CiEnvironment(
    String system,
    String repository,
    String branch,
    String commit,
    String author,
    String runUrl,
    String job,
    String runNumber,
    String trigger,
    String runKey,
    String workspace,
    String tempDir) {

  /** Turns blank components into null; {@code system} must be non-blank. */
  public CiEnvironment {
    if (system == null || system.isBlank()) {
      throw new IllegalArgumentException("system must not be blank");
    }
    repository = blankToNull(repository);
    branch = blankToNull(branch);
    commit = blankToNull(commit);
    author = blankToNull(author);
    runUrl = blankToNull(runUrl);
    job = blankToNull(job);
    runNumber = blankToNull(runNumber);
    trigger = blankToNull(trigger);
    runKey = blankToNull(runKey);
    workspace = blankToNull(workspace);
    tempDir = blankToNull(tempDir);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
