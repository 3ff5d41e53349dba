package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.acme.cleanarchitecture.domain.common.DomainEvent;
import org.acme.cleanarchitecture.infrastructure.events.TransactionDomainEvents;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * JTA transactions through Narayana, which Hibernate ORM joins. Before the commit, the domain
 * events of the entities the work touched go to their in-transaction handlers; after the commit of
 * the outermost transaction, to their after-commit handlers. A lost race the database detects (a
 * unique value saved meanwhile, a row changed since it was read) becomes a {@link
 * ConflictException}.
 */
@ApplicationScoped
class QuarkusTransactions implements Transactions {

  private final EntityManager entityManager;
  private final TransactionDomainEvents domainEvents;

  QuarkusTransactions(EntityManager entityManager, TransactionDomainEvents domainEvents) {
    this.entityManager = entityManager;
    this.domainEvents = domainEvents;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    var outermost = !QuarkusTransaction.isActive();
    var published = new AtomicReference<List<DomainEvent>>(List.of());
    T result;
    try {
      result =
          QuarkusTransaction.joiningExisting()
              .call(
                  () -> {
                    var value = work.get();
                    published.set(domainEvents.publishInTransaction(entityManager::flush));
                    return value;
                  });
    } catch (RuntimeException e) {
      throw translated(e);
    }
    if (outermost) {
      domainEvents.publishAfterCommit(published.get());
    }
    return result;
  }

  @Override
  public boolean isActive() {
    return QuarkusTransaction.isActive();
  }

  private static RuntimeException translated(RuntimeException failure) {
    if (failure instanceof ConflictException) {
      return failure; // translated by a transaction nested in this one
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation
          && violation.getKind() == ConstraintKind.UNIQUE) {
        return new ConflictException(
            "The change would duplicate a value that must be unique; it was saved meanwhile.",
            failure);
      }
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return new ConflictException(
            "The data was changed by another request meanwhile; reload it and try again.", failure);
      }
    }
    return failure;
  }
}
