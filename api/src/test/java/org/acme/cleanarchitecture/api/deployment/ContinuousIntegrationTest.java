package org.acme.cleanarchitecture.api.deployment;

import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.texts;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflow a fork gets: it runs exactly the README's test command, as .ci/run
 * does, against the services the README names, checks the production settings and the workshop's
 * labs, runs the architecture tests as a job of their own, and keeps the reports; Dependabot
 * watches both Maven and the workflow's actions.
 */
class ContinuousIntegrationTest {

  private static final Path WORKFLOW = Path.of("../.github/workflows/ci.yml");
  private static final Path DEPENDABOT = Path.of("../.github/dependabot.yml");
  private static final Path README = Path.of("../README.md");
  private static final Path CI_RUN = Path.of("../.ci/run");

  private static final String UPLOAD = "actions/upload-artifact@";

  @Test
  void shouldRunOnEveryPushAndPullRequest() {
    assertThat(workflow().get("on").fieldNames()).toIterable().contains("push", "pull_request");
  }

  @Test
  void shouldRunTheReadmesTestCommandAsCiRunDoes() throws IOException {
    var readmeCommand = readmeTestCommand();

    assertThat(readmeCommand).isEqualTo("./mvnw verify");
    assertThat(runs(job("verify"))).contains(readmeCommand);
    assertThat(lastCommandOf(CI_RUN)).isEqualTo(readmeCommand);
  }

  @Test
  void shouldTestOnJava17WithTheMavenCache() {
    var setupJava = step(job("verify"), "actions/setup-java@").get("with");

    assertThat(setupJava.get("distribution").asText()).isEqualTo("temurin");
    assertThat(setupJava.get("java-version").asText()).isEqualTo("17");
    assertThat(setupJava.get("cache").asText()).isEqualTo("maven");
  }

  @Test
  void shouldGiveTheTestsPostgresqlAndRedisAsTheReadmeDescribes() {
    var services = job("verify").get("services");
    var postgres = services.get("postgres");
    var redis = services.get("redis");

    assertThat(postgres.get("image").asText()).isEqualTo("postgres:17");
    assertThat(texts(postgres.get("ports"))).containsExactly("5432:5432");
    assertThat(postgres.at("/env/POSTGRES_DB").asText()).isEqualTo("test");
    assertThat(postgres.at("/env/POSTGRES_HOST_AUTH_METHOD").asText()).isEqualTo("trust");
    assertThat(postgres.get("options").asText()).contains("--health-cmd");
    assertThat(redis.get("image").asText()).isEqualTo("redis:7");
    assertThat(texts(redis.get("ports"))).containsExactly("6379:6379");
    assertThat(redis.get("options").asText()).contains("--health-cmd");
  }

  // sample:begin

  @Test
  void shouldInstallTheRedisServerTheOutageTestStarts() {
    assertThat(runs(job("verify")))
        .anyMatch(run -> run.contains("apt-get install") && run.contains("redis-server"));
  }

  // sample:end

  @Test
  void shouldCheckTheProductionSettingsOfThePackagedService() {
    assertThat(runs(job("verify"))).contains("scripts/production-settings-check.sh");
    assertThat(Path.of("../scripts/production-settings-check.sh")).isExecutable();
  }

  @Test
  void shouldCheckThatTheUseCaseScaffoldWritesUseCasesThatBuild() {
    assertThat(runs(job("verify"))).contains("scripts/use-case-scaffold-check.sh");
    assertThat(Path.of("../scripts/use-case-scaffold-check.sh")).isExecutable();
  }

  // archetype:begin: the workshop stays with the template, out of projects generated from it.
  @Test
  void shouldCheckTheWorkshopsLabs() {
    assertThat(runs(job("verify"))).contains("scripts/workshop-check.sh");
    assertThat(Path.of("../scripts/workshop-check.sh")).isExecutable();
  }

  // archetype:end

  @Test
  void shouldUploadTheTestReportsWhateverTheOutcome() {
    var upload = step(job("verify"), UPLOAD);

    assertThat(upload.get("if").asText()).isEqualTo("always()");
    assertThat(upload.at("/with/path").asText())
        .contains("target/surefire-reports")
        .contains("target/failsafe-reports");
  }

  @Test
  void shouldRunOnlyTheArchitectureTestsInAJobOfTheirOwn() {
    var architecture = job("architecture");

    assertThat(architecture.has("services"))
        .as("the architecture tests need no services")
        .isFalse();
    assertThat(runs(architecture))
        .singleElement()
        .satisfies(
            run ->
                assertThat(run)
                    .startsWith("./mvnw -pl architecture-tests -am verify")
                    .contains("-Dtest='org/acme/cleanarchitecture/architecture/**'")
                    .contains("-Dsurefire.failIfNoSpecifiedTests=false"));
    assertThat(step(architecture, UPLOAD).get("if").asText()).isEqualTo("always()");
  }

  @Test
  void shouldLetDependabotUpdateMavenAndTheActions() {
    var ecosystems =
        StreamSupport.stream(yaml(DEPENDABOT).get("updates").spliterator(), false)
            .map(update -> update.get("package-ecosystem").asText())
            .toList();

    assertThat(ecosystems).containsExactlyInAnyOrder("maven", "github-actions");
  }

  private static JsonNode workflow() {
    return yaml(WORKFLOW);
  }

  private static JsonNode job(String name) {
    var job = workflow().at("/jobs/" + name);
    assertThat(job.isMissingNode()).as("the workflow has a job %s", name).isFalse();
    return job;
  }

  /** The commands of the job's run steps, each on one line as the shell reads it. */
  private static List<String> runs(JsonNode job) {
    return StreamSupport.stream(job.get("steps").spliterator(), false)
        .filter(step -> step.has("run"))
        .map(step -> step.get("run").asText().strip())
        .toList();
  }

  private static JsonNode step(JsonNode job, String action) {
    return StreamSupport.stream(job.get("steps").spliterator(), false)
        .filter(step -> step.path("uses").asText().startsWith(action))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + action));
  }

  /** The second command of the README's first code block: the one that runs every test. */
  private static String readmeTestCommand() throws IOException {
    var readme = Files.readString(README);
    var block = readme.substring(readme.indexOf("```bash\n") + "```bash\n".length());
    var second = block.lines().skip(1).findFirst().orElseThrow();
    return second.replaceFirst("#.*", "").strip();
  }

  private static String lastCommandOf(Path script) throws IOException {
    var lines = Files.readAllLines(script);
    return lines.stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.equals("fi"))
        .reduce((first, second) -> second)
        .orElseThrow();
  }
}
