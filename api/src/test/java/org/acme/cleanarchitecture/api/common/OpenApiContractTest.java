package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is a contract, checked in beside the tests: any change to the API changes
 * the generated document, fails this test, and so shows up in review as a change to {@code
 * openapi.yaml}. After a deliberate change, write the new contract with {@code ./mvnw verify -pl
 * api -am -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -DupdateContract=true}
 * and review its diff.
 */
@QuarkusTest
class OpenApiContractTest {

  private static final Path CONTRACT = Path.of("src/test/resources/openapi.yaml");

  @Test
  void shouldMatchTheCheckedInContract() throws IOException {
    var generated =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("updateContract")) {
      Files.writeString(CONTRACT, generated);
    }

    assertThat(generated)
        .as("the generated OpenAPI document differs from %s; see this test's comment", CONTRACT)
        .isEqualTo(Files.readString(CONTRACT));
  }
}
