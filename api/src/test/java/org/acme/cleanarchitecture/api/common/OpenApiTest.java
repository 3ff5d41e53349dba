package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every API operation is documented with a summary, its security and its problem responses. */
@QuarkusTest
class OpenApiTest {

  @Test
  @SuppressWarnings("unchecked")
  void shouldDocumentEveryOperationWithSummarySecurityAndProblems() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("paths");

    var operations =
        paths.entrySet().stream()
            .filter(path -> path.getKey().startsWith("/api/"))
            .flatMap(path -> path.getValue().values().stream())
            .toList();

    assertThat(operations).hasSize(11);
    assertThat(operations)
        .allSatisfy(
            operation -> {
              assertThat(operation.get("summary")).asString().isNotBlank();
              assertThat((List<Map<String, Object>>) operation.get("security"))
                  .anySatisfy(requirement -> assertThat(requirement).containsKey("bearer"));
              assertThat((Map<String, Object>) operation.get("responses")).containsKey("401");
            });
  }

  @Test
  void shouldServeSwaggerUi() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void shouldReportHealthOfDatabaseAndRedis() {
    List<String> checks =
        given().get("/q/health").then().statusCode(200).extract().path("checks.name");

    assertThat(checks)
        .anyMatch(name -> name.contains("Database"))
        .anyMatch(name -> name.contains("Redis"));
  }
}
