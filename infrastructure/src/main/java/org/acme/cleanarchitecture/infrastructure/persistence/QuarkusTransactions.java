package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.acme.cleanarchitecture.application.common.exceptions.ConflictException;
import org.acme.cleanarchitecture.application.common.ports.Transactions;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * JTA transactions through Narayana, which Hibernate ORM joins. A unique constraint the database
 * enforces becomes a {@link ConflictException}: validators check uniqueness first, but two requests
 * can pass that check at the same moment.
 */
@ApplicationScoped
class QuarkusTransactions implements Transactions {

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return QuarkusTransaction.joiningExisting().call(work::get);
    } catch (RuntimeException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException(
            "The change would duplicate a value that must be unique; it was saved meanwhile.", e);
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation
          && violation.getKind() == ConstraintKind.UNIQUE) {
        return true;
      }
    }
    return false;
  }
}
