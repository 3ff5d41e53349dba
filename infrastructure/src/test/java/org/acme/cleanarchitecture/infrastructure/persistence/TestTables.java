package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Empties the tables before each test, so every test starts from a known state. */
@ApplicationScoped
public class TestTables {

  /** Every table the tests write to. */
  private static final List<String> TABLES =
      List.of(
          // sample:begin
          "todo_items",
          "todo_lists",
          // sample:end
          "users",
          "cache_generations");

  private final EntityManager entityManager;

  TestTables(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public void empty() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "TRUNCATE " + String.join(", ", TABLES) + " RESTART IDENTITY CASCADE")
                    .executeUpdate());
  }
}
