package org.acme.cleanarchitecture.infrastructure.caching;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.acme.cleanarchitecture.application.common.ports.CacheGenerations;

/**
 * Cache generations in the {@code cache_generations} table, beside the data they describe, so a
 * command's advance commits or rolls back with its changes in the one transaction.
 */
@ApplicationScoped
class DatabaseCacheGenerations implements CacheGenerations {

  /** The owner id of everyone's generation: empty, which no caller's id ever is. */
  static final String EVERYONE = "";

  /** Everyone's generation until the first command that changes everyone's data. */
  static final UUID EVERYONE_AT_FIRST = new UUID(0, 0);

  private static final String CURRENT =
      "SELECT generation, COALESCE((SELECT generation FROM cache_generations WHERE owner_id = ?),"
          + " ?) FROM cache_generations WHERE owner_id = ?";

  // The row keeps a lock until the transaction ends: concurrent advances wait for each other.
  private static final String DRAW =
      "INSERT INTO cache_generations (owner_id, generation) VALUES (?, gen_random_uuid())"
          + " ON CONFLICT (owner_id) DO UPDATE SET generation = EXCLUDED.generation";

  // Plain JDBC rather than the EntityManager: every cached query reads here, and a hit should cost
  // one statement, not a persistence context as well. Inside a transaction, the data source hands
  // out the transaction's own connection, so an advance commits or rolls back with the command.
  private final DataSource dataSource;

  DatabaseCacheGenerations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The owner's row and everyone's by primary key, in one statement: one round trip a query. */
  @Override
  public Optional<Generations> current(String ownerId) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(CURRENT)) {
      statement.setString(1, EVERYONE);
      statement.setObject(2, EVERYONE_AT_FIRST);
      statement.setString(3, ownerId);
      try (var row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Generations(row.getObject(1, UUID.class), row.getObject(2, UUID.class)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the cache generations of an owner", e);
    }
  }

  @Override
  public void advance(String ownerId) {
    draw(ownerId);
  }

  @Override
  public void advanceEveryone() {
    draw(EVERYONE);
  }

  private void draw(String ownerId) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(DRAW)) {
      statement.setString(1, ownerId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot advance a cache generation", e);
    }
  }
}
