package org.acme.cleanarchitecture.api.operations;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.api.testsupport.TestUsers;
import org.acme.cleanarchitecture.api.testsupport.TodoApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes from {@code /q/metrics} in the Prometheus format: the mediator's timer
 * by request, kind and outcome, the query cache's reads, and HTTP server timings by path template,
 * never by a path that holds an id.
 */
@QuarkusTest
class MetricsTest {

  private static final String REGISTER = "/api/users/register";

  private final TestDatabase database;

  MetricsTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void startEmpty() {
    database.reset();
  }

  @Test
  void shouldTimeEveryRequestByTypeKindAndOutcome() {
    var account = Map.of("email", "metrics@example.org", "password", TestUsers.PASSWORD);
    given().contentType("application/json").body(account).post(REGISTER).then().statusCode(201);
    given().contentType("application/json").body(Map.of()).post(REGISTER).then().statusCode(400);
    ADA.request().get("/api/weather-forecasts").then().statusCode(200);
    ADA.request().queryParam("days", 0).get("/api/weather-forecasts").then().statusCode(400);

    assertThat(scrape())
        .contains(
            timed("RegisterUserCommand", "command", "success"),
            timed("RegisterUserCommand", "command", "validation"),
            timed("GetWeatherForecastsQuery", "query", "success"),
            timed("GetWeatherForecastsQuery", "query", "validation"));
  }

  // sample:begin

  @Test
  void shouldCountTheQueryCachesHitsAndMisses() {
    TodoApi.createList(ADA, "Cached");
    ADA.request().get("/api/todo-lists").then().statusCode(200);
    ADA.request().get("/api/todo-lists").then().statusCode(200);

    assertThat(scrape())
        .contains("cache_gets_total{cache=\"queries\",result=\"hit\"}")
        .contains("cache_gets_total{cache=\"queries\",result=\"miss\"}");
  }

  @Test
  void shouldTimeHttpRequestsByPathTemplateNeverByPathWithAnId() {
    var list = TodoApi.createList(ADA, "Templated");
    ADA.request().get("/api/todo-lists/{id}", list).then().statusCode(200);

    var metrics = scrape();

    assertThat(metrics).contains("uri=\"/api/todo-lists/{id}\"");
    assertThat(metrics).doesNotContainPattern("uri=\"[^\"]*/\\d+[\"/]");
  }

  // sample:end

  /** The series counting the mediator's requests of one type, kind and outcome. */
  private static String timed(String request, String kind, String outcome) {
    return "mediator_requests_seconds_count{kind=\"%s\",outcome=\"%s\",request=\"%s\"}"
        .formatted(kind, outcome, request);
  }

  private static String scrape() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }
}
