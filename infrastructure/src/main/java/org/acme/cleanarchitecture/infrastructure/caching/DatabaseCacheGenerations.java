package org.acme.cleanarchitecture.infrastructure.caching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Optional;
import java.util.UUID;
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

  private final EntityManager entityManager;

  DatabaseCacheGenerations(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The owner's row and everyone's by primary key, in one statement: one round trip a query. */
  @Override
  public Optional<Generations> current(String ownerId) {
    return entityManager
        .createNativeQuery(
            "SELECT generation AS owner, COALESCE((SELECT generation FROM cache_generations"
                + " WHERE owner_id = ?2), ?3) AS everyone"
                + " FROM cache_generations WHERE owner_id = ?1",
            Tuple.class)
        .setParameter(1, ownerId)
        .setParameter(2, EVERYONE)
        .setParameter(3, EVERYONE_AT_FIRST)
        .getResultStream()
        .findFirst()
        .map(
            row -> {
              var tuple = (Tuple) row;
              return new Generations(
                  tuple.get("owner", UUID.class), tuple.get("everyone", UUID.class));
            });
  }

  @Override
  public void advance(String ownerId) {
    draw(ownerId);
  }

  @Override
  public void advanceEveryone() {
    draw(EVERYONE);
  }

  /** The row keeps a lock until the transaction ends: concurrent advances wait for each other. */
  private void draw(String ownerId) {
    entityManager
        .createNativeQuery(
            "INSERT INTO cache_generations (owner_id, generation)"
                + " VALUES (?1, gen_random_uuid())"
                + " ON CONFLICT (owner_id) DO UPDATE SET generation = EXCLUDED.generation")
        .setParameter(1, ownerId)
        .executeUpdate();
  }
}
