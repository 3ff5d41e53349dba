package org.acme.cleanarchitecture.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.acme.cleanarchitecture.application.users.UserAccount;
import org.acme.cleanarchitecture.application.users.UserAccounts;

@ApplicationScoped
class JpaUserAccounts implements UserAccounts {

  private final EntityManager entityManager;

  JpaUserAccounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<UserAccount> findByEmail(String email) {
    return entityManager
        .createQuery("FROM UserAccountEntity WHERE email = :email", UserAccountEntity.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .map(UserAccountEntity::toAccount);
  }

  @Override
  public Optional<UserAccount> findById(String id) {
    return Optional.ofNullable(entityManager.find(UserAccountEntity.class, id))
        .map(UserAccountEntity::toAccount);
  }

  @Override
  public void add(UserAccount account) {
    entityManager.persist(UserAccountEntity.from(account));
  }

  @Override
  public void changePasswordHash(String id, String passwordHash) {
    entityManager
        .createQuery("UPDATE UserAccountEntity SET passwordHash = :hash WHERE id = :id")
        .setParameter("hash", passwordHash)
        .setParameter("id", id)
        .executeUpdate();
  }
}
