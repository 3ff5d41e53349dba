package org.acme.cleanarchitecture.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Draws new ids from PostgreSQL sequences, so an entity has its id from the moment it is created,
 * before it is stored (see docs/adr/0008-ids-drawn-before-creation.md).
 */
@ApplicationScoped
class IdSequences {

  private final EntityManager entityManager;

  IdSequences(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The sequence's next value: one round trip, and a value never handed out before, even if the
   * transaction that drew it rolls back.
   */
  long next(String sequence) {
    return (Long)
        entityManager
            .createNativeQuery("SELECT nextval(CAST(?1 AS regclass))", Long.class)
            .setParameter(1, sequence)
            .getSingleResult();
  }
}
