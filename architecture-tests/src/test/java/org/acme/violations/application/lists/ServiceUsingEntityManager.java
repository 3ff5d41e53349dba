package org.acme.violations.application.lists;

import jakarta.persistence.EntityManager;

public class ServiceUsingEntityManager {

  private final EntityManager entityManager;

  ServiceUsingEntityManager(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  void saveChanges() {
    entityManager.flush();
  }
}
