package io.github.webex4j.cli.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the CI system from environment variables (GitHub Actions, GitLab CI, CircleCI, Azure
 * Pipelines, Bitbucket Pipelines, Buildkite, Drone, Jenkins; checked in this order, Jenkins last
 * because its variables are the least specific) and reads the run's details. Pure: reads only the
 * given map.
 */
public final class CiDetector {
  private static final int SHORT_SHA = 7;

  private final Map<String, String> env;

  private CiDetector(Map<String, String> env) {
    this.env = env;
  }

  /**
   * @param env environment variables (not modified)
   * @return the run's details, or empty outside a known CI system
   */
  public static Optional<CiEnvironment> detect(Map<String, String> env) {
    CiDetector d = new CiDetector(env);
    if (d.isTrue("GITHUB_ACTIONS")) {
      return Optional.of(d.github());
    }
    if (d.isTrue("GITLAB_CI")) {
      return Optional.of(d.gitlab());
    }
    if (d.isTrue("CIRCLECI")) {
      return Optional.of(d.circle());
    }
    if (d.isTrue("TF_BUILD")) {
      return Optional.of(d.azure());
    }
    if (d.get("BITBUCKET_BUILD_NUMBER") != null && d.get("BITBUCKET_COMMIT") != null) {
      return Optional.of(d.bitbucket());
    }
    if (d.isTrue("BUILDKITE")) {
      return Optional.of(d.buildkite());
    }
    if (d.isTrue("DRONE")) {
      return Optional.of(d.drone());
    }
    if (d.get("JENKINS_URL") != null || d.get("JENKINS_HOME") != null) {
      return Optional.of(d.jenkins());
    }
    return Optional.empty();
  }

  private CiEnvironment github() {
    String repo = get("GITHUB_REPOSITORY");
    String runId = get("GITHUB_RUN_ID");
    String runUrl = join(get("GITHUB_SERVER_URL"), "/", repo, "/actions/runs/", runId);
    String attempt = get("GITHUB_RUN_ATTEMPT");
    String number = get("GITHUB_RUN_NUMBER");
    if (number != null && attempt != null && !attempt.equals("1")) {
      number = number + " (attempt " + attempt + ")";
    }
    String job = get("GITHUB_WORKFLOW");
    if (job != null && get("GITHUB_JOB") != null) {
      job = job + " / " + get("GITHUB_JOB");
    } else if (job == null) {
      job = get("GITHUB_JOB");
    }
    return new CiEnvironment(
        "GitHub Actions",
        repo,
        first(get("GITHUB_HEAD_REF"), get("GITHUB_REF_NAME"), stripRef(get("GITHUB_REF"))),
        shortSha(get("GITHUB_SHA")),
        first(get("GITHUB_TRIGGERING_ACTOR"), get("GITHUB_ACTOR")),
        runUrl,
        job,
        number,
        get("GITHUB_EVENT_NAME"),
        join("github:", repo, ":", runId),
        get("GITHUB_WORKSPACE"),
        get("RUNNER_TEMP"));
  }

  private CiEnvironment gitlab() {
    String project = get("CI_PROJECT_PATH");
    return new CiEnvironment(
        "GitLab CI",
        project,
        first(
            get("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
            get("CI_COMMIT_REF_NAME"),
            get("CI_COMMIT_BRANCH"),
            get("CI_COMMIT_TAG")),
        first(shortSha(get("CI_COMMIT_SHORT_SHA")), shortSha(get("CI_COMMIT_SHA"))),
        first(get("GITLAB_USER_LOGIN"), get("GITLAB_USER_NAME")),
        first(get("CI_PIPELINE_URL"), get("CI_JOB_URL")),
        get("CI_JOB_NAME"),
        get("CI_PIPELINE_IID"),
        get("CI_PIPELINE_SOURCE"),
        join("gitlab:", first(project, get("CI_PROJECT_ID")), ":", get("CI_PIPELINE_ID")),
        get("CI_PROJECT_DIR"),
        null);
  }

  private CiEnvironment circle() {
    String repo = join(get("CIRCLE_PROJECT_USERNAME"), "/", get("CIRCLE_PROJECT_REPONAME"));
    String workflow = get("CIRCLE_WORKFLOW_ID");
    return new CiEnvironment(
        "CircleCI",
        first(repo, repoFromUrl(withoutCredentials(get("CIRCLE_REPOSITORY_URL")))),
        first(get("CIRCLE_BRANCH"), get("CIRCLE_TAG")),
        shortSha(get("CIRCLE_SHA1")),
        get("CIRCLE_USERNAME"),
        get("CIRCLE_BUILD_URL"),
        get("CIRCLE_JOB"),
        get("CIRCLE_BUILD_NUM"),
        get("CIRCLE_PULL_REQUEST") != null ? "pull request" : null,
        workflow != null
            ? "circleci:" + workflow
            : join("circleci:", repo, ":", get("CIRCLE_BUILD_NUM")),
        expandHome(get("CIRCLE_WORKING_DIRECTORY")),
        null);
  }

  private CiEnvironment azure() {
    String buildId = get("BUILD_BUILDID");
    String collection = get("SYSTEM_COLLECTIONURI");
    String project = get("SYSTEM_TEAMPROJECT");
    String runUrl = null;
    if (collection != null && project != null && buildId != null) {
      runUrl =
          (collection.endsWith("/") ? collection : collection + "/")
              + URLEncoder.encode(project, StandardCharsets.UTF_8).replace("+", "%20")
              + "/_build/results?buildId="
              + buildId;
    }
    return new CiEnvironment(
        "Azure Pipelines",
        get("BUILD_REPOSITORY_NAME"),
        first(
            stripRef(get("SYSTEM_PULLREQUEST_SOURCEBRANCH")),
            stripRef(get("BUILD_SOURCEBRANCH")),
            get("BUILD_SOURCEBRANCHNAME")),
        shortSha(get("BUILD_SOURCEVERSION")),
        get("BUILD_REQUESTEDFOR"),
        runUrl,
        first(get("SYSTEM_JOBDISPLAYNAME"), get("AGENT_JOBNAME")),
        get("BUILD_BUILDNUMBER"),
        get("BUILD_REASON"),
        join("azure:", first(get("SYSTEM_COLLECTIONID"), collection), ":", buildId),
        first(get("BUILD_SOURCESDIRECTORY"), get("PIPELINE_WORKSPACE")),
        get("AGENT_TEMPDIRECTORY"));
  }

  private CiEnvironment bitbucket() {
    String repo = get("BITBUCKET_REPO_FULL_NAME");
    String number = get("BITBUCKET_BUILD_NUMBER");
    String origin = first(get("BITBUCKET_GIT_HTTP_ORIGIN"), join("https://bitbucket.org/", repo));
    return new CiEnvironment(
        "Bitbucket Pipelines",
        repo,
        first(get("BITBUCKET_BRANCH"), get("BITBUCKET_TAG")),
        shortSha(get("BITBUCKET_COMMIT")),
        null, // Bitbucket exposes only the triggering user's UUID, not a name
        join(withoutCredentials(origin), "/pipelines/results/", number),
        get("BITBUCKET_STEP_NAME"),
        number,
        get("BITBUCKET_PR_ID") != null ? "pull request" : null,
        first(
            join("bitbucket:", get("BITBUCKET_PIPELINE_UUID")),
            join("bitbucket:", repo, ":", number)),
        get("BITBUCKET_CLONE_DIR"),
        null);
  }

  private CiEnvironment buildkite() {
    return new CiEnvironment(
        "Buildkite",
        first(
            repoFromUrl(withoutCredentials(get("BUILDKITE_REPO"))), get("BUILDKITE_PIPELINE_SLUG")),
        first(get("BUILDKITE_BRANCH"), get("BUILDKITE_TAG")),
        shortSha(get("BUILDKITE_COMMIT")),
        first(get("BUILDKITE_BUILD_AUTHOR"), get("BUILDKITE_BUILD_CREATOR")),
        get("BUILDKITE_BUILD_URL"),
        get("BUILDKITE_LABEL"),
        get("BUILDKITE_BUILD_NUMBER"),
        get("BUILDKITE_SOURCE"),
        join("buildkite:", get("BUILDKITE_BUILD_ID")),
        get("BUILDKITE_BUILD_CHECKOUT_PATH"),
        null);
  }

  private CiEnvironment drone() {
    String repo = get("DRONE_REPO");
    String job = get("DRONE_STAGE_NAME");
    if (job != null && get("DRONE_STEP_NAME") != null) {
      job = job + " / " + get("DRONE_STEP_NAME");
    }
    return new CiEnvironment(
        "Drone",
        repo,
        first(get("DRONE_SOURCE_BRANCH"), get("DRONE_BRANCH"), get("DRONE_TAG")),
        shortSha(first(get("DRONE_COMMIT_SHA"), get("DRONE_COMMIT"))),
        first(get("DRONE_COMMIT_AUTHOR"), get("DRONE_COMMIT_AUTHOR_NAME")),
        get("DRONE_BUILD_LINK"),
        job,
        get("DRONE_BUILD_NUMBER"),
        get("DRONE_BUILD_EVENT"),
        join("drone:", repo, ":", get("DRONE_BUILD_NUMBER")),
        get("DRONE_WORKSPACE"),
        null);
  }

  private CiEnvironment jenkins() {
    String tag = get("BUILD_TAG");
    return new CiEnvironment(
        "Jenkins",
        repoFromUrl(withoutCredentials(get("GIT_URL"))),
        first(get("CHANGE_BRANCH"), get("BRANCH_NAME"), stripRemote(get("GIT_BRANCH"))),
        shortSha(get("GIT_COMMIT")),
        first(get("CHANGE_AUTHOR"), get("GIT_AUTHOR_NAME"), get("GIT_COMMITTER_NAME")),
        get("BUILD_URL"),
        get("JOB_NAME"),
        get("BUILD_NUMBER"),
        get("CHANGE_ID") != null ? "change request" : null,
        tag != null
            ? "jenkins:" + tag
            : join("jenkins:", get("JOB_NAME"), "#", get("BUILD_NUMBER")),
        get("WORKSPACE"),
        get("WORKSPACE_TMP"));
  }

  private String get(String name) {
    return CiEnvironment.blankToNull(env.get(name));
  }

  private boolean isTrue(String name) {
    String value = get(name);
    return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
  }

  private String expandHome(String path) {
    if (path != null && path.startsWith("~") && get("HOME") != null) {
      return get("HOME") + path.substring(1);
    }
    return path != null && path.startsWith("~") ? null : path;
  }

  /** The first non-null value, or null. */
  static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** Concatenation of all parts, or null if any part is null (a half-known value is left out). */
  static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (part == null || part.isBlank()) {
        return null;
      }
      text.append(part);
    }
    return text.toString();
  }

  static String shortSha(String sha) {
    if (sha == null) {
      return null;
    }
    return sha.length() > SHORT_SHA ? sha.substring(0, SHORT_SHA) : sha;
  }

  static String stripRef(String ref) {
    if (ref == null) {
      return null;
    }
    for (String prefix : new String[] {"refs/heads/", "refs/tags/"}) {
      if (ref.startsWith(prefix)) {
        return ref.substring(prefix.length());
      }
    }
    return ref.startsWith("refs/") ? null : ref;
  }

  private static String stripRemote(String branch) {
    return branch != null && branch.startsWith("origin/") ? branch.substring(7) : branch;
  }

  /** The URL without {@code user:password@} (CI variables sometimes embed credentials). */
  static String withoutCredentials(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      if (uri.getRawUserInfo() != null && uri.getHost() != null) {
        return new URI(
                uri.getScheme(),
                null,
                uri.getHost(),
                uri.getPort(),
                uri.getPath(),
                uri.getQuery(),
                uri.getFragment())
            .toString();
      }
      return url;
    } catch (URISyntaxException e) {
      int at = url.indexOf('@');
      int scheme = url.indexOf("://");
      // scp-like git@host:org/repo or an unparseable URL: drop everything up to the '@'
      return at >= 0 && (scheme < 0 || at > scheme) ? url.substring(at + 1) : url;
    }
  }

  /** {@code org/repo} from a git URL ({@code https://host/org/repo.git}, {@code host:org/repo}). */
  static String repoFromUrl(String url) {
    if (url == null) {
      return null;
    }
    String path = url;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash + 1);
    } else if (path.contains(":")) {
      path = path.substring(path.indexOf(':') + 1);
    }
    if (path.endsWith(".git")) {
      path = path.substring(0, path.length() - 4);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? url : path;
  }
}
