package org.acme.cleanarchitecture.api.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;

/**
 * Empties every table the migrations created, so each test starts from a known state (what Respawn
 * does for Taylor's template). Truncating keeps the schema, which is far faster than re-migrating.
 */
@ApplicationScoped
public class TestDatabase {

  private final DataSource dataSource;

  TestDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void reset() {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      var tables = new ArrayList<String>();
      try (var rows =
          statement.executeQuery(
              "SELECT quote_ident(tablename) FROM pg_tables"
                  + " WHERE schemaname = current_schema()"
                  + " AND tablename <> 'flyway_schema_history'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        statement.execute(
            "TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reset the test database", e);
    }
  }
}
