package org.acme.cleanarchitecture.api.deployment;

import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.compose;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.dockerHealthCheckPath;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.dockerfileInstructions;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.looksSecret;
import static org.acme.cleanarchitecture.api.deployment.DeploymentFiles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.api.common.configuration.RequiredSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The images' Dockerfiles, JVM and native, and compose.yaml: unprivileged images that check their
 * own liveness, and a compose file whose plain {@code docker compose up} still starts only what the
 * tests need, and whose service has every setting production requires.
 */
class ContainerFilesTest {

  /** A value compose takes from the shell's environment, with no value of its own. */
  private static final String FROM_THE_ENVIRONMENT = "\\$\\{[A-Z_]+(:?-)?}";

  private static final String COMPOSE_SECRETS = "/run/secrets/";

  static List<Path> dockerfiles() {
    return DeploymentFiles.DOCKERFILES;
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void shouldRunTheImageAsAnUnprivilegedUser(Path dockerfile) {
    var users = dockerfileInstructions(dockerfile, "USER");

    assertThat(users).isNotEmpty().last().isEqualTo("USER 185");
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void shouldCheckTheImagesLiveness(Path dockerfile) {
    assertThat(dockerHealthCheckPath(dockerfile)).isEqualTo("/q/health/live");
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void shouldExposeThePortTheServiceListensOn(Path dockerfile) {
    assertThat(dockerfileInstructions(dockerfile, "EXPOSE")).containsExactly("EXPOSE 8080");
  }

  @Test
  void shouldStartTheServiceOnlyUnderItsProfile() {
    var services = compose().get("services");

    assertThat(texts(services.at("/service/profiles"))).containsExactly("service");
    assertThat(services.at("/postgres/profiles").isMissingNode()).isTrue();
    assertThat(services.at("/redis/profiles").isMissingNode()).isTrue();
  }

  @Test
  void shouldBuildTheComposedServiceFromTheDockerfile() throws IOException {
    var build = compose().at("/services/service/build");
    var dockerfile =
        DeploymentFiles.COMPOSE
            .resolveSibling(build.get("context").asText())
            .resolve(build.get("dockerfile").asText());

    assertThat(Files.isSameFile(dockerfile, DeploymentFiles.DOCKERFILE_JVM)).isTrue();
  }

  @Test
  void shouldGiveTheComposedServiceNoSecretValue() {
    var service = compose().at("/services/service");
    var declaredSecrets = compose().get("secrets");
    var checked = new ArrayList<String>();

    for (var variable : service.get("environment").properties()) {
      var name = variable.getKey();
      if (!looksSecret(name)) {
        continue;
      }
      checked.add(name);
      var value = variable.getValue().asText();
      if (value.startsWith(COMPOSE_SECRETS)) {
        var secret = value.substring(COMPOSE_SECRETS.length());
        assertThat(texts(service.get("secrets"))).as(name).contains(secret);
        assertThat(declaredSecrets.at("/" + secret + "/file").isMissingNode())
            .as("%s is read from a file", secret)
            .isFalse();
      } else {
        assertThat(value).as("%s comes from the environment", name).matches(FROM_THE_ENVIRONMENT);
      }
    }

    assertThat(checked).contains("DB_PASSWORD", "APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION");
  }

  @Test
  void shouldGiveTheComposedServiceEverySettingProductionRequires() {
    var environment = compose().at("/services/service/environment");

    assertThat(RequiredSettings.all())
        .extracting(RequiredSettings.Setting::variable)
        .allMatch(environment::has, "set in the compose service's environment");
  }
}
