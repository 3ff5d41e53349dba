package org.acme.cleanarchitecture.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.EventPhase;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.domain.common.DomainEvent;
import org.jboss.logging.Logger;

/**
 * The domain events of the current transaction, published in two phases: in the transaction, before
 * it commits, and after a successful commit. Events are kept with the JTA transaction, so nested
 * commands share them and a rolled-back transaction publishes nothing after it.
 */
@ApplicationScoped
public class TransactionDomainEvents {

  private static final Logger LOG = Logger.getLogger(TransactionDomainEvents.class);

  // Handlers may raise events of their own; more rounds than this means they feed each other.
  private static final int MAX_ROUNDS = 10;

  private final TransactionSynchronizationRegistry transactions;
  private final Provider<Mediator> mediator;

  TransactionDomainEvents(
      TransactionSynchronizationRegistry transactions, Provider<Mediator> mediator) {
    this.transactions = transactions;
    this.mediator = mediator;
  }

  /** Keeps events taken from entities until the transaction's next publishing round. */
  public void add(List<DomainEvent> events) {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      eventsOfThisTransaction().pending.addAll(events);
    }
  }

  /**
   * Publishes the pending events to their in-transaction handlers, round after round, until no
   * handler raises more. Each round first runs {@code flush}, which hands over the events of every
   * entity the command touched.
   */
  public void publishInTransaction(Runnable flush) {
    var events = eventsOfThisTransaction();
    for (int round = 1; ; round++) {
      flush.run();
      if (events.pending.isEmpty()) {
        return;
      }
      if (round > MAX_ROUNDS) {
        throw new IllegalStateException(
            "Domain event handlers kept raising events for " + MAX_ROUNDS + " rounds");
      }
      var batch = List.copyOf(events.pending);
      events.pending.clear();
      events.published.addAll(batch);
      batch.forEach(event -> mediator.get().publish(event, EventPhase.IN_TRANSACTION));
    }
  }

  private EventsOfTransaction eventsOfThisTransaction() {
    var events = (EventsOfTransaction) transactions.getResource(EventsOfTransaction.class);
    if (events == null) {
      events = new EventsOfTransaction();
      transactions.putResource(EventsOfTransaction.class, events);
      transactions.registerInterposedSynchronization(events);
    }
    return events;
  }

  /** One transaction's events; it publishes the after-commit phase once the commit succeeded. */
  private final class EventsOfTransaction implements Synchronization {
    private final List<DomainEvent> pending = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      for (var event : published) {
        try {
          mediator.get().publish(event, EventPhase.AFTER_COMMIT);
        } catch (RuntimeException e) {
          // The command has committed: a failing side effect must not turn it into an error.
          LOG.errorf(e, "After-commit handler failed for %s", event.getClass().getSimpleName());
        }
      }
    }
  }
}
