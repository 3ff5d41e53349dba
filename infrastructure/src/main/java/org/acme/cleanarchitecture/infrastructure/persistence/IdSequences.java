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
   *
   * <p>Without a result class: Hibernate 7.2 keys the plan of a native query with one by an object
   * that equals no other, so every call would add a plan to its cache, and every look-up would
   * compare against all of them.
   */
  long next(String sequence) {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT nextval(CAST(?1 AS regclass))")
                .setParameter(1, sequence)
                .getSingleResult())
        .longValue();
  }
}
