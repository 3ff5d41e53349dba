package org.acme.cleanarchitecture.api.operations;

import static io.restassured.RestAssured.given;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TestUsers.GRACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
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
    var list = TodoApi.createList(ADA, "Metrics");
    ADA.request().get("/api/todo-lists/{id}", list).then().statusCode(200);
    GRACE.request().get("/api/todo-lists/{id}", list).then().statusCode(404);
    ADA.request().body(Map.of("title", "")).post("/api/todo-lists").then().statusCode(400);

    assertThat(scrape())
        .contains(
            timed("CreateTodoListCommand", "command", "success"),
            timed("GetTodoListQuery", "query", "success"),
            timed("GetTodoListQuery", "query", "not_found"),
            timed("CreateTodoListCommand", "command", "validation"));
  }

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

  /** The series counting the mediator's requests of one type, kind and outcome. */
  private static String timed(String request, String kind, String outcome) {
    return "mediator_requests_seconds_count{kind=\"%s\",outcome=\"%s\",request=\"%s\"}"
        .formatted(kind, outcome, request);
  }

  private static String scrape() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }
}
