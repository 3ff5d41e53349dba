package org.acme.cleanarchitecture.api.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every health path that Kubernetes or an image's HEALTHCHECK asks for is one the service answers.
 */
@QuarkusTest
class ProbePathsTest {

  static Stream<String> probedPaths() {
    var container = DeploymentFiles.serviceContainer();
    return Stream.concat(
        Stream.of("startupProbe", "livenessProbe", "readinessProbe")
            .map(probe -> container.at("/" + probe + "/httpGet/path").asText()),
        DeploymentFiles.DOCKERFILES.stream().map(DeploymentFiles::dockerHealthCheckPath));
  }

  @ParameterizedTest
  @MethodSource("probedPaths")
  void shouldAnswerUp(String path) {
    given().get(path).then().statusCode(200).body("status", equalTo("UP"));
  }
}
