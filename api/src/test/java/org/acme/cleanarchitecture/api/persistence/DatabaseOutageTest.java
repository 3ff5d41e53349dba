package org.acme.cleanarchitecture.api.persistence;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.acme.cleanarchitecture.api.testsupport.FailingEndpoints;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database out of reach is a 503 with {@code Retry-After}, never a 500: the client did nothing
 * wrong and should try again shortly. Shown with a connection that dies while its request waits, as
 * in a PostgreSQL restart, and with the same failure raised outside the mediator, as a route would.
 */
@QuarkusTest
class DatabaseOutageTest {

  @Inject TestDatabase database;

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldAnswerServiceUnavailableWhenTheConnectionDiesMidRequest() throws Exception {
    assertServiceUnavailable(createWhoseConnectionDies());
    assertThat(database.query("SELECT id FROM todo_lists")).isEmpty();
  }

  @Test
  void shouldAnswerTheNextRequestAsUsual() throws Exception {
    createWhoseConnectionDies();

    ADA.request().body("{\"title\": \"Shopping\"}").post("/api/todo-lists").then().statusCode(201);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {FailingEndpoints.RESOURCE_OUTAGE, FailingEndpoints.ROUTE_OUTAGE})
  void shouldAnswerServiceUnavailableRaisedOutsideTheMediatorAlike(String path) {
    assertServiceUnavailable(RestAssured.get(path).then());
  }

  /** A create whose connection dies while it waits for a lock, as in a PostgreSQL restart. */
  private ValidatableResponse createWhoseConnectionDies() throws Exception {
    ADA.token(); // signs up before the lock, so that only the create waits
    CompletableFuture<ValidatableResponse> create;
    try (var lock = database.lockAgainstWrites("todo_lists")) {
      create =
          CompletableFuture.supplyAsync(
              () -> ADA.request().body("{\"title\": \"Shopping\"}").post("/api/todo-lists").then());
      lock.awaitWaitingWriter();
      lock.terminateWaitingWriters();
    }
    return create.get(10, TimeUnit.SECONDS);
  }

  private static void assertServiceUnavailable(ValidatableResponse response) {
    response
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("type", equalTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4"))
        .body("title", equalTo("Service Unavailable"))
        .body("status", equalTo(503))
        .body(
            "detail",
            equalTo(
                "The database cannot be reached at the moment; try again after the time in"
                    + " Retry-After."));
  }
}
