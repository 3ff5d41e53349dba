package org.acme.cleanarchitecture.api.persistence;

import static org.acme.cleanarchitecture.api.testsupport.TestUsers.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.api.testsupport.TestDatabase;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list queries run a fixed number of SQL statements however much data there is: no N+1 selects.
 * Counted with Hibernate's statistics, which the test profile turns on. The data is written
 * straight into the database, so its owner has no cache generation and every read runs the handler.
 */
@QuarkusTest
class QueryCountTest {

  @Inject TestDatabase database;
  @Inject SessionFactory sessionFactory;

  @BeforeEach
  void startFromEmptyDatabase() {
    database.reset();
  }

  @Test
  void shouldGetTodosWithTheSameNumberOfStatementsForOneListAsForFifty() {
    givenLists(1, 1);
    var forOneList = statementsFor("/api/todo-lists");
    database.reset();
    givenLists(50, 20);

    var forFiftyLists = statementsFor("/api/todo-lists");

    // The lists, their items, and the owner's cache generations.
    assertThat(forFiftyLists).isEqualTo(forOneList).isLessThanOrEqualTo(3);
  }

  @Test
  void shouldPageItemsWithTheSameNumberOfStatementsWhateverTheListSize() {
    givenLists(1, 1);
    var forOneItem = statementsFor("/api/todo-items?listId=1&pageSize=100");
    database.reset();
    givenLists(1, 1000);

    var forThousandItems = statementsFor("/api/todo-items?listId=1&pageSize=100");

    assertThat(forThousandItems).isEqualTo(forOneItem).isLessThanOrEqualTo(3);
  }

  private void givenLists(int lists, int itemsEach) {
    database.update(
        "INSERT INTO todo_lists (id, title, colour, owner_id)"
            + " SELECT nextval('todo_list_ids'), 'List ' || n, '#FFFFFF', ?"
            + " FROM generate_series(1, ?) AS n",
        ADA.id(),
        lists);
    database.update(
        "INSERT INTO todo_items (id, list_id, title)"
            + " SELECT nextval('todo_item_ids'), l.id, 'Item ' || n"
            + " FROM todo_lists l, generate_series(1, ?) AS n",
        itemsEach);
  }

  private long statementsFor(String path) {
    var statistics = sessionFactory.getStatistics();
    statistics.clear();
    ADA.request().get(path).then().statusCode(200);
    return statistics.getPrepareStatementCount();
  }
}
