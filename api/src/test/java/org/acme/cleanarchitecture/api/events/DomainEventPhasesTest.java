package org.acme.cleanarchitecture.api.events;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createItem;
import static org.acme.cleanarchitecture.api.testsupport.TodoApi.createList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.acme.cleanarchitecture.domain.todolists.TodoItemCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Domain events reach their handlers in two phases: in the command's transaction, where writes
 * commit or roll back with the command, and after the commit, only if there was one.
 */
@QuarkusTest
class DomainEventPhasesTest {

  @Inject TestDatabase database;
  @Inject PhaseProbe probe;

  private long list;

  @BeforeEach
  void startWithOneList() {
    database.reset();
    probe.committedCompletions.clear();
    list = createList(ADA, "Chores");
  }

  @Test
  void shouldCommitInTransactionWritesAndThenRunAfterCommitHandlers() {
    var item = createItem(ADA, list, PhaseProbe.MARKER + " dishes");

    complete(item).then().statusCode(204);

    ADA.request()
        .get("/api/todo-lists/" + list)
        .then()
        .body("title", equalTo("Completed: " + PhaseProbe.MARKER + " dishes"))
        .body("items[0].done", equalTo(true));
    assertThat(probe.committedCompletions)
        .containsExactly(new TodoItemCompleted(item, list, PhaseProbe.MARKER + " dishes"));
  }

  @Test
  void shouldRollBackEverythingAndRunNoAfterCommitHandlerWhenTheCommandFails() {
    var item = createItem(ADA, list, PhaseProbe.FAIL);

    complete(item).then().statusCode(500).body("correlationId", notNullValue());

    ADA.request()
        .get("/api/todo-lists/" + list)
        .then()
        .body("title", equalTo("Chores"))
        .body("items[0].done", equalTo(false));
    assertThat(probe.committedCompletions).isEmpty();
  }

  @Test
  void shouldKeepTheCommandDoneWhenAnAfterCommitHandlerFails() {
    var item = createItem(ADA, list, PhaseProbe.FAIL_AFTER_COMMIT);

    complete(item).then().statusCode(204);

    ADA.request().get("/api/todo-lists/" + list).then().body("items[0].done", equalTo(true));
    assertThat(probe.committedCompletions)
        .containsExactly(new TodoItemCompleted(item, list, PhaseProbe.FAIL_AFTER_COMMIT));
  }

  @Test
  void shouldLetAnAfterCommitHandlerSendACommandOfItsOwn() {
    var item = createItem(ADA, list, PhaseProbe.FOLLOW_UP);

    complete(item).then().statusCode(204);

    ADA.request()
        .get("/api/todo-lists/" + list)
        .then()
        .body("items.title", contains(PhaseProbe.FOLLOW_UP, "Follow-up"));
  }

  @Test
  void shouldNotPublishCompletionOfAnItemThatWasAlreadyDone() {
    var item = createItem(ADA, list, PhaseProbe.MARKER + " laundry");
    complete(item).then().statusCode(204);
    probe.committedCompletions.clear();

    complete(item).then().statusCode(204);

    assertThat(probe.committedCompletions).isEmpty();
  }

  private Response complete(long item) {
    var title =
        database.query("SELECT title FROM todo_items WHERE id = ?", item).get(0).get("title");
    return ADA.request()
        .body("{\"title\": \"" + title + "\", \"done\": true}")
        .put("/api/todo-items/" + item);
  }
}
