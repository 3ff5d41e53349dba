package org.acme.cleanarchitecture.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.acme.cleanarchitecture.application.users.RefreshTokenStore;
import org.acme.cleanarchitecture.application.users.StoredRefreshToken;

@ApplicationScoped
class JpaRefreshTokenStore implements RefreshTokenStore {

  private final EntityManager entityManager;
  private final Clock clock;

  JpaRefreshTokenStore(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Override
  public void add(StoredRefreshToken token) {
    entityManager.persist(RefreshTokenEntity.from(token));
  }

  @Override
  public Optional<StoredRefreshToken> findByHash(String tokenHash) {
    return Optional.ofNullable(entityManager.find(RefreshTokenEntity.class, tokenHash))
        .map(RefreshTokenEntity::toToken);
  }

  /** One conditional update: of two concurrent refreshes with one token, only one spends it. */
  @Override
  public boolean spend(String tokenHash) {
    return entityManager
            .createQuery(
                "UPDATE RefreshTokenEntity SET spentAt = :now"
                    + " WHERE tokenHash = :hash AND spentAt IS NULL")
            .setParameter("now", clock.instant())
            .setParameter("hash", tokenHash)
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void revokeFamily(UUID familyId) {
    entityManager
        .createQuery(
            "UPDATE RefreshTokenEntity SET revokedAt = :now"
                + " WHERE familyId = :family AND revokedAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("family", familyId)
        .executeUpdate();
  }

  @Override
  public void revokeAllOf(String userId) {
    entityManager
        .createQuery(
            "UPDATE RefreshTokenEntity SET revokedAt = :now"
                + " WHERE userId = :user AND revokedAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("user", userId)
        .executeUpdate();
  }
}
