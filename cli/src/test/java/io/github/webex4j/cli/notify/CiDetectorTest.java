package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CiDetectorTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void outsideCiNothingIsDetected() {
    assertThat(CiDetector.detect(Map.of("HOME", "/home/ana", "CI", "true"))).isEmpty();
  }

  @Test
  void githubActions() {
    CiEnvironment ci =
        detect(
            Map.ofEntries(
                Map.entry("GITHUB_ACTIONS", "true"),
                Map.entry("GITHUB_REPOSITORY", "acme/app"),
                Map.entry("GITHUB_REF_NAME", "main"),
                Map.entry("GITHUB_REF", "refs/heads/main"),
                Map.entry("GITHUB_HEAD_REF", ""),
                Map.entry("GITHUB_SHA", SHA),
                Map.entry("GITHUB_ACTOR", "ana"),
                Map.entry("GITHUB_SERVER_URL", "https://github.com"),
                Map.entry("GITHUB_RUN_ID", "987654"),
                Map.entry("GITHUB_RUN_NUMBER", "42"),
                Map.entry("GITHUB_RUN_ATTEMPT", "2"),
                Map.entry("GITHUB_WORKFLOW", "CI"),
                Map.entry("GITHUB_JOB", "test"),
                Map.entry("GITHUB_EVENT_NAME", "push"),
                Map.entry("GITHUB_WORKSPACE", "/w/app"),
                Map.entry("RUNNER_TEMP", "/w/_temp")));
    assertThat(ci)
        .isEqualTo(
            new CiEnvironment(
                "GitHub Actions",
                "acme/app",
                "main",
                "0123456",
                "ana",
                "https://github.com/acme/app/actions/runs/987654",
                "CI / test",
                "42 (attempt 2)",
                "push",
                "github:acme/app:987654",
                "/w/app",
                "/w/_temp"));
  }

  @Test
  void githubPullRequestUsesTheHeadBranch() {
    CiEnvironment ci =
        detect(
            Map.of(
                "GITHUB_ACTIONS", "true",
                "GITHUB_HEAD_REF", "feature/x",
                "GITHUB_REF_NAME", "17/merge"));
    assertThat(ci.branch()).isEqualTo("feature/x");
  }

  @Test
  void missingValuesAreLeftOutNeverEmpty() {
    CiEnvironment ci =
        detect(
            Map.of("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY", "acme/app", "GITHUB_SHA", " "));
    assertThat(ci.repository()).isEqualTo("acme/app");
    assertThat(ci.commit()).isNull();
    // a run URL needs server, repository and run id: never half a link
    assertThat(ci.runUrl()).isNull();
    assertThat(ci.runKey()).isNull();
    assertThat(ci.branch()).isNull();
  }

  @Test
  void gitlab() {
    CiEnvironment ci =
        detect(
            Map.ofEntries(
                Map.entry("GITLAB_CI", "true"),
                Map.entry("CI_PROJECT_PATH", "acme/app"),
                Map.entry("CI_COMMIT_REF_NAME", "main"),
                Map.entry("CI_COMMIT_SHA", SHA),
                Map.entry("CI_COMMIT_SHORT_SHA", "01234567"),
                Map.entry("GITLAB_USER_LOGIN", "ben"),
                Map.entry("CI_PIPELINE_URL", "https://gitlab.com/acme/app/-/pipelines/77"),
                Map.entry("CI_JOB_NAME", "test:unit"),
                Map.entry("CI_PIPELINE_IID", "12"),
                Map.entry("CI_PIPELINE_ID", "77"),
                Map.entry("CI_PIPELINE_SOURCE", "merge_request_event"),
                Map.entry("CI_PROJECT_DIR", "/builds/acme/app")));
    assertThat(ci.system()).isEqualTo("GitLab CI");
    assertThat(ci.repository()).isEqualTo("acme/app");
    assertThat(ci.branch()).isEqualTo("main");
    assertThat(ci.commit()).isEqualTo("0123456");
    assertThat(ci.author()).isEqualTo("ben");
    assertThat(ci.runUrl()).isEqualTo("https://gitlab.com/acme/app/-/pipelines/77");
    assertThat(ci.job()).isEqualTo("test:unit");
    assertThat(ci.runNumber()).isEqualTo("12");
    assertThat(ci.trigger()).isEqualTo("merge_request_event");
    assertThat(ci.runKey()).isEqualTo("gitlab:acme/app:77");
    assertThat(ci.workspace()).isEqualTo("/builds/acme/app");
  }

  @Test
  void jenkinsStripsCredentialsAndRemoteFromGitValues() {
    CiEnvironment ci =
        detect(
            Map.of(
                "JENKINS_URL", "https://ci.acme.io/",
                "BUILD_URL", "https://ci.acme.io/job/app/15/",
                "JOB_NAME", "app",
                "BUILD_NUMBER", "15",
                "BUILD_TAG", "jenkins-app-15",
                "GIT_URL", "https://bot:s3cr3t@github.com/acme/app.git",
                "GIT_BRANCH", "origin/release",
                "GIT_COMMIT", SHA,
                "WORKSPACE", "/var/jenkins/ws/app"));
    assertThat(ci.system()).isEqualTo("Jenkins");
    assertThat(ci.repository()).isEqualTo("acme/app").doesNotContain("s3cr3t");
    assertThat(ci.branch()).isEqualTo("release");
    assertThat(ci.commit()).isEqualTo("0123456");
    assertThat(ci.runUrl()).isEqualTo("https://ci.acme.io/job/app/15/");
    assertThat(ci.job()).isEqualTo("app");
    assertThat(ci.runNumber()).isEqualTo("15");
    assertThat(ci.author()).isNull();
    assertThat(ci.trigger()).isNull();
    assertThat(ci.runKey()).isEqualTo("jenkins:jenkins-app-15");
  }

  @Test
  void jenkinsScpStyleGitUrl() {
    CiEnvironment ci =
        detect(Map.of("JENKINS_URL", "https://ci/", "GIT_URL", "git@github.com:acme/tool.git"));
    assertThat(ci.repository()).isEqualTo("acme/tool");
  }

  @Test
  void circleci() {
    CiEnvironment ci =
        detect(
            Map.of(
                "CIRCLECI", "true",
                "CIRCLE_PROJECT_USERNAME", "acme",
                "CIRCLE_PROJECT_REPONAME", "app",
                "CIRCLE_BRANCH", "main",
                "CIRCLE_SHA1", SHA,
                "CIRCLE_USERNAME", "cy",
                "CIRCLE_BUILD_URL", "https://circleci.com/gh/acme/app/31",
                "CIRCLE_JOB", "build",
                "CIRCLE_BUILD_NUM", "31",
                "CIRCLE_WORKFLOW_ID", "wf-1"));
    assertThat(ci)
        .isEqualTo(
            new CiEnvironment(
                "CircleCI",
                "acme/app",
                "main",
                "0123456",
                "cy",
                "https://circleci.com/gh/acme/app/31",
                "build",
                "31",
                null,
                "circleci:wf-1",
                null,
                null));
  }

  @Test
  void azurePipelines() {
    CiEnvironment ci =
        detect(
            Map.ofEntries(
                Map.entry("TF_BUILD", "True"),
                Map.entry("BUILD_REPOSITORY_NAME", "app"),
                Map.entry("BUILD_SOURCEBRANCH", "refs/heads/main"),
                Map.entry("BUILD_SOURCEBRANCHNAME", "main"),
                Map.entry("BUILD_SOURCEVERSION", SHA),
                Map.entry("BUILD_REQUESTEDFOR", "Dee Dev"),
                Map.entry("SYSTEM_COLLECTIONURI", "https://dev.azure.com/acme/"),
                Map.entry("SYSTEM_TEAMPROJECT", "Big Project"),
                Map.entry("BUILD_BUILDID", "555"),
                Map.entry("BUILD_BUILDNUMBER", "20261127.3"),
                Map.entry("BUILD_REASON", "IndividualCI"),
                Map.entry("SYSTEM_JOBDISPLAYNAME", "Build job"),
                Map.entry("AGENT_TEMPDIRECTORY", "/agent/_temp")));
    assertThat(ci.system()).isEqualTo("Azure Pipelines");
    assertThat(ci.branch()).isEqualTo("main");
    assertThat(ci.runUrl())
        .isEqualTo("https://dev.azure.com/acme/Big%20Project/_build/results?buildId=555");
    assertThat(ci.author()).isEqualTo("Dee Dev");
    assertThat(ci.job()).isEqualTo("Build job");
    assertThat(ci.runNumber()).isEqualTo("20261127.3");
    assertThat(ci.trigger()).isEqualTo("IndividualCI");
    assertThat(ci.runKey()).isEqualTo("azure:https://dev.azure.com/acme/:555");
    assertThat(ci.tempDir()).isEqualTo("/agent/_temp");
  }

  @Test
  void bitbucketPipelines() {
    CiEnvironment ci =
        detect(
            Map.of(
                "BITBUCKET_BUILD_NUMBER", "8",
                "BITBUCKET_COMMIT", SHA,
                "BITBUCKET_REPO_FULL_NAME", "acme/app",
                "BITBUCKET_BRANCH", "main",
                "BITBUCKET_PIPELINE_UUID", "{abc}",
                "BITBUCKET_CLONE_DIR", "/opt/atlassian/pipelines/agent/build"));
    assertThat(ci.system()).isEqualTo("Bitbucket Pipelines");
    assertThat(ci.repository()).isEqualTo("acme/app");
    assertThat(ci.runUrl()).isEqualTo("https://bitbucket.org/acme/app/pipelines/results/8");
    assertThat(ci.author()).isNull();
    assertThat(ci.runKey()).isEqualTo("bitbucket:{abc}");
    assertThat(ci.workspace()).isEqualTo("/opt/atlassian/pipelines/agent/build");
  }

  @Test
  void buildkite() {
    CiEnvironment ci =
        detect(
            Map.of(
                "BUILDKITE", "true",
                "BUILDKITE_REPO", "git@github.com:acme/app.git",
                "BUILDKITE_BRANCH", "main",
                "BUILDKITE_COMMIT", SHA,
                "BUILDKITE_BUILD_AUTHOR", "Eve",
                "BUILDKITE_BUILD_URL", "https://buildkite.com/acme/app/builds/4",
                "BUILDKITE_LABEL", ":java: test",
                "BUILDKITE_BUILD_NUMBER", "4",
                "BUILDKITE_SOURCE", "webhook",
                "BUILDKITE_BUILD_ID", "bk-uuid"));
    assertThat(ci.system()).isEqualTo("Buildkite");
    assertThat(ci.repository()).isEqualTo("acme/app");
    assertThat(ci.author()).isEqualTo("Eve");
    assertThat(ci.job()).isEqualTo(":java: test");
    assertThat(ci.runKey()).isEqualTo("buildkite:bk-uuid");
  }

  @Test
  void drone() {
    CiEnvironment ci =
        detect(
            Map.of(
                "DRONE", "true",
                "DRONE_REPO", "acme/app",
                "DRONE_BRANCH", "main",
                "DRONE_COMMIT_SHA", SHA,
                "DRONE_COMMIT_AUTHOR", "fay",
                "DRONE_BUILD_LINK", "https://drone.acme.io/acme/app/9",
                "DRONE_STAGE_NAME", "default",
                "DRONE_STEP_NAME", "test",
                "DRONE_BUILD_NUMBER", "9",
                "DRONE_BUILD_EVENT", "push"));
    assertThat(ci)
        .isEqualTo(
            new CiEnvironment(
                "Drone",
                "acme/app",
                "main",
                "0123456",
                "fay",
                "https://drone.acme.io/acme/app/9",
                "default / test",
                "9",
                "push",
                "drone:acme/app:9",
                null,
                null));
  }

  @Test
  void credentialsAreRemovedFromUrls() {
    assertThat(CiDetector.withoutCredentials("https://u:p@host.io:8443/a/b.git?x=1"))
        .isEqualTo("https://host.io:8443/a/b.git?x=1");
    assertThat(CiDetector.withoutCredentials("https://host.io/a")).isEqualTo("https://host.io/a");
  }

  private static CiEnvironment detect(Map<String, String> env) {
    Optional<CiEnvironment> ci = CiDetector.detect(env);
    assertThat(ci).isPresent();
    return ci.get();
  }
}
