package org.acme.cleanarchitecture.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.api.common.problems.ProblemDetail;
import org.acme.cleanarchitecture.api.testsupport.OpenApiDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every API operation is documented with a summary, its security, its problem responses (the rate
 * limit's, an unexpected failure's and an unreachable database's included), each with an example,
 * an example of every JSON body it reads or writes, and the types of its parameters; every create
 * with the Idempotency-Key header. Each test fails if one operation lacks what it checks.
 */
@QuarkusTest
class OpenApiTest {

  private OpenApiDocument document;

  private static final List<String> WHOLE_NUMBER_PARAMETERS =
      List.of(
          // sample:begin
          "id",
          "listId",
          "pageNumber",
          "pageSize",
          // sample:end
          "days");

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

  @BeforeEach
  void fetchDocument() {
    document = OpenApiDocument.fetch();
  }

  @Test
  void shouldDeclareTheBearerScheme() {
    assertThat(document.at("components.securitySchemes.bearer"))
        .containsEntry("type", "http")
        .containsEntry("scheme", "bearer")
        .containsEntry("bearerFormat", "JWT");
  }

  @Test
  void shouldDocumentTheRateLimitAndUnexpectedFailuresOnEveryOperation() {
    assertThat(document.operations())
        .isNotEmpty()
        .allSatisfy(operation -> assertThat(operation.responses()).containsKeys("429", "500"));
    assertThat(document.at("components.responses.TooManyRequests.headers"))
        .containsKey("Retry-After");
  }

  @Test
  void shouldDocumentAnUnreachableDatabaseOnEveryApiOperation() {
    assertThat(document.operations())
        .filteredOn(operation -> operation.path().startsWith("/api/"))
        .isNotEmpty()
        .allSatisfy(operation -> assertThat(operation.responses()).containsKey("503"));
    assertThat(document.at("components.responses.ServiceUnavailable.headers"))
        .containsKey("Retry-After");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowAProblemExampleOfTheStatusForEveryErrorOfEveryOperation() {
    var errors =
        document.operations().stream()
            .flatMap(
                operation ->
                    operation.responses().entrySet().stream()
                        .filter(response -> response.getKey().matches("[45]\\d\\d"))
                        .map(response -> Map.entry(operation + " " + response.getKey(), response)))
            .toList();

    assertThat(errors)
        .isNotEmpty()
        .allSatisfy(
            error -> {
              var status = Integer.parseInt(error.getValue().getKey());
              var response = document.resolved((Map<String, Object>) error.getValue().getValue());
              var content = (Map<String, Map<String, Object>>) response.get("content");
              assertThat(content).as(error.getKey()).containsOnlyKeys(ProblemDetail.MEDIA_TYPE);
              assertThat(document.exampleValues(content.get(ProblemDetail.MEDIA_TYPE)))
                  .as(error.getKey())
                  .isNotEmpty()
                  .allSatisfy(
                      example ->
                          assertThat((Map<String, Object>) example)
                              .containsEntry("status", status)
                              .containsKeys("type", "title"));
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowAnExampleOfEveryJsonBodySentOrAnswered() {
    var bodies =
        document.operations().stream()
            .flatMap(
                operation -> {
                  var sent =
                      Optional.ofNullable(
                          (Map<String, Object>) operation.definition().get("requestBody"))
                          .map(body -> Map.entry(operation + " request", body))
                          .stream();
                  var answered =
                      operation.responses().entrySet().stream()
                          .filter(response -> response.getKey().startsWith("2"))
                          .map(
                              response ->
                                  Map.entry(
                                      operation + " " + response.getKey(),
                                      document.resolved(
                                          (Map<String, Object>) response.getValue())));
                  return Stream.concat(sent, answered);
                })
            .filter(body -> body.getValue().containsKey("content"))
            .toList();

    assertThat(bodies)
        .extracting(Map.Entry::getKey)
        .contains(
            "POST /api/users/login request",
            "POST /api/users/login 200",
            "GET /.well-known/jwks.json 200");
    assertThat(bodies)
        .allSatisfy(
            body -> {
              var content = (Map<String, Map<String, Object>>) body.getValue().get("content");
              assertThat(content).as(body.getKey()).containsOnlyKeys(MediaType.APPLICATION_JSON);
              assertThat(document.exampleValues(content.get(MediaType.APPLICATION_JSON)))
                  .as(body.getKey())
                  .isNotEmpty()
                  .doesNotContainNull();
            });
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

  // sample:begin
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

  // sample:end

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

  /** Every operation under /api. */
  private List<Map<String, Object>> apiOperations() {
    return document.operations().stream()
        .filter(operation -> operation.path().startsWith("/api/"))
        .map(OpenApiDocument.Operation::definition)
        .toList();
  }
}
