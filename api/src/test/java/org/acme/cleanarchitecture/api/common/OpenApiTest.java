package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every API operation is documented with a summary, its security, its problem responses (the rate
 * limit's included) and the types of its parameters; every create with the Idempotency-Key header.
 */
@QuarkusTest
class OpenApiTest {

  private static final List<String> WHOLE_NUMBER_PARAMETERS =
      List.of("id", "listId", "pageNumber", "pageSize");

  @Test
  @SuppressWarnings("unchecked")
  void shouldDocumentEveryOperationWithSummarySecurityAndProblems() {
    var operations = apiOperations();

    var open = operations.stream().filter(OpenApiTest::isOpenToAnonymousCallers).toList();
    var secured = operations.stream().filter(operation -> !open.contains(operation)).toList();

    assertThat(open).hasSize(3);
    assertThat(operations).allSatisfy(op -> assertThat(op.get("summary")).asString().isNotBlank());
    assertThat(open).allSatisfy(operation -> assertThat(operation).doesNotContainKey("security"));
    assertThat(secured)
        .isNotEmpty()
        .allSatisfy(
            operation -> {
              assertThat((List<Map<String, Object>>) operation.get("security"))
                  .anySatisfy(requirement -> assertThat(requirement).containsKey("bearer"));
              assertThat((Map<String, Object>) operation.get("responses")).containsKey("401");
            });
  }

  /** Register, login and refresh: the requests marked AllowAnonymous, found by their bodies. */
  private static boolean isOpenToAnonymousCallers(Map<String, Object> operation) {
    var body = String.valueOf(operation.get("requestBody"));
    return body.contains("RegisterUserCommand")
        || body.contains("LoginCommand")
        || body.contains("RefreshTokensCommand");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDocumentTheRateLimitOnEveryOperation() {
    assertThat(apiOperations())
        .isNotEmpty()
        .allSatisfy(
            operation ->
                assertThat((Map<String, Object>) operation.get("responses")).containsKey("429"));
    assertThat(
            given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .extract()
                .<Map<String, Object>>path("components.responses.TooManyRequests.headers"))
        .containsKey("Retry-After");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldTypeIdsAndPagingParametersAsIntegers() {
    var wholeNumberParameters =
        apiOperations().stream()
            .flatMap(
                operation ->
                    ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))
                        .stream())
            // A shared parameter, referred to by $ref, has its name where it is defined.
            .filter(parameter -> parameter.containsKey("name"))
            .filter(parameter -> WHOLE_NUMBER_PARAMETERS.contains(parameter.get("name")))
            .toList();

    assertThat(wholeNumberParameters)
        .extracting(parameter -> parameter.get("name"))
        .containsAll(WHOLE_NUMBER_PARAMETERS);
    assertThat(wholeNumberParameters)
        .allSatisfy(
            parameter ->
                assertThat((Map<String, Object>) parameter.get("schema"))
                    .containsEntry("type", "integer"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/todo-lists", "/api/todo-items"})
  void shouldDocumentTheIdempotencyKeyAndItsRefusalsOnEveryCreate(String path) {
    var create = "paths.'" + path + "'.post";

    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(create + ".parameters.'$ref'", hasItem("#/components/parameters/Idempotency-Key"))
        .body(create + ".responses", hasKey("409"))
        .body(create + ".responses", hasKey("422"))
        .body("components.parameters.'Idempotency-Key'.name", equalTo("Idempotency-Key"))
        .body("components.parameters.'Idempotency-Key'.in", equalTo("header"));
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

  /** Every operation of the API, leaving out Quarkus's own endpoints. */
  private static List<Map<String, Object>> apiOperations() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("paths");
    return paths.entrySet().stream()
        .filter(path -> path.getKey().startsWith("/api/"))
        .flatMap(path -> path.getValue().values().stream())
        .toList();
  }
}
