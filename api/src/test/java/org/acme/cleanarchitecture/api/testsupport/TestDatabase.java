package org.acme.cleanarchitecture.api.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The test database, straight over JDBC: emptied before each test so it starts from a known state
 * (what Respawn does for Taylor's template), and read back to check what the service stored.
 */
@ApplicationScoped
public class TestDatabase {

  private final DataSource dataSource;

  TestDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Empties every table the migrations created; far faster than migrating again. */
  public void reset() {
    var tables =
        query(
                "SELECT quote_ident(tablename) AS name FROM pg_tables"
                    + " WHERE schemaname = current_schema()"
                    // Reference data the migrations insert, not test data.
                    + " AND tablename NOT IN ('flyway_schema_history', 'roles')")
            .stream()
            .map(row -> (String) row.get("name"))
            .toList();
    if (!tables.isEmpty()) {
      // Identifiers cannot be bound as parameters; quote_ident above made them safe.
      update("TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
    }
  }

  /** Rows as column-to-value maps, for checking what the service wrote. */
  public List<Map<String, Object>> query(String sql, Object... parameters) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (var rows = statement.executeQuery()) {
        var columns = rows.getMetaData();
        var result = new ArrayList<Map<String, Object>>();
        while (rows.next()) {
          var row = new HashMap<String, Object>();
          for (int column = 1; column <= columns.getColumnCount(); column++) {
            row.put(columns.getColumnLabel(column), rows.getObject(column));
          }
          result.add(row);
        }
        return result;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not query the test database", e);
    }
  }

  /**
   * Locks the table against writes until the lock is closed, so that a request writing to it is
   * caught mid-way: it has started and cannot finish.
   */
  public TableLock lockAgainstWrites(String table) {
    try {
      var connection = dataSource.getConnection();
      try {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
          // Readers still read; writers wait. The name comes from the test, not from a client.
          statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        }
        return new TableLock(connection, table);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not lock " + table, e);
    }
  }

  /** A lock on a table, held until closed. */
  public final class TableLock implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Connection connection;
    private final String table;

    private TableLock(Connection connection, String table) {
      this.connection = connection;
      this.table = table;
    }

    /**
     * Writes under the lock and commits, as a request that got there first would; the waiting
     * writer then goes on and meets what was written.
     */
    public void commit(String sql, Object... parameters) throws SQLException {
      try (var statement = connection.prepareStatement(sql)) {
        bind(statement, parameters);
        statement.executeUpdate();
      }
      connection.commit();
    }

    /** Waits until a write to the table waits for this lock. */
    public void awaitWaitingWriter() throws InterruptedException {
      var deadline = System.nanoTime() + PATIENCE.toNanos();
      while (query("SELECT 1 FROM pg_locks WHERE NOT granted AND relation = ?::regclass", table)
          .isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Nothing waited to write to " + table);
        }
        Thread.sleep(20);
      }
    }

    /**
     * Ends the server processes of the writers waiting for this lock, as a PostgreSQL restart or a
     * failover would: their connections die mid-request.
     */
    public void terminateWaitingWriters() {
      query(
          "SELECT pg_terminate_backend(pid) FROM pg_locks"
              + " WHERE NOT granted AND relation = ?::regclass",
          table);
    }

    @Override
    public void close() throws SQLException {
      try {
        connection.rollback();
      } finally {
        connection.close();
      }
    }
  }

  /** Runs one parameterised statement, for preparing data in bulk faster than the API can. */
  public void update(String sql, Object... parameters) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the test database", e);
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
