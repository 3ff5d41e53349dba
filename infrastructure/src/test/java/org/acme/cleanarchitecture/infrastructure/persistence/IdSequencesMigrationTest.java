package org.acme.cleanarchitecture.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migration from identity columns to sequences the application draws from, run on a database
 * that already holds data: the service's own migrations, in a schema of their own.
 */
@QuarkusTest
class IdSequencesMigrationTest {

  private static final String SCHEMA = "id_sequences_migration";

  @Inject Flyway flyway;
  @Inject EntityManager entityManager;

  @BeforeEach
  @AfterEach
  void dropTheSchema() {
    run("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
  }

  @Test
  void shouldKeepTheStoredIdsAndNeverHandOutAnyIdAgain() {
    migrateTo("1");
    run(
        "INSERT INTO "
            + SCHEMA
            + ".todo_lists (owner_id, title, colour)"
            + " VALUES ('ada', 'Shopping', '#FFFFFF'), ('ada', 'Work', '#FFFFFF'),"
            + " ('ada', 'Garden', '#FFFFFF')");
    run("INSERT INTO " + SCHEMA + ".todo_items (list_id, title) VALUES (1, 'Milk'), (2, 'Report')");
    // Handed out, then gone: a client may still hold a link to it.
    run("DELETE FROM " + SCHEMA + ".todo_lists WHERE id = 3");

    migrateTo("latest");

    assertThat(ids("todo_lists")).containsExactly(1L, 2L);
    assertThat(ids("todo_items")).containsExactly(1L, 2L);
    assertThat(nextValueOf("todo_list_ids")).isEqualTo(4);
    assertThat(nextValueOf("todo_item_ids")).isEqualTo(3);
  }

  @Test
  void shouldStartAtOneOnAnEmptyDatabase() {
    migrateTo("latest");

    assertThat(nextValueOf("todo_list_ids")).isEqualTo(1);
    assertThat(nextValueOf("todo_item_ids")).isEqualTo(1);
  }

  private void migrateTo(String version) {
    Flyway.configure()
        .configuration(flyway.getConfiguration())
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .target(version)
        .load()
        .migrate();
  }

  private List<Long> ids(String table) {
    // Names come from this test's own constants, never from input.
    var sql = "SELECT id FROM " + SCHEMA + "." + table + " ORDER BY id";
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> rows = entityManager.createNativeQuery(sql, Long.class).getResultList();
              return rows.stream().map(Long.class::cast).toList();
            });
  }

  private long nextValueOf(String sequence) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Long)
                    entityManager
                        .createNativeQuery("SELECT nextval(CAST(?1 AS regclass))", Long.class)
                        .setParameter(1, SCHEMA + "." + sequence)
                        .getSingleResult());
  }

  private void run(String sql) {
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(sql).executeUpdate());
  }
}
