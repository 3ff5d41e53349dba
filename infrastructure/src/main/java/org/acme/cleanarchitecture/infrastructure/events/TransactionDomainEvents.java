package org.acme.cleanarchitecture.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.DomainEventPublisher;
import org.acme.cleanarchitecture.application.common.mediator.EventPhase;
import org.acme.cleanarchitecture.domain.common.DomainEvent;
import org.jboss.logging.Logger;

/**
 * The domain events of the current transaction, kept with the JTA transaction so nested commands
 * share them, and published in two phases: in the transaction before it commits, and after a
 * successful commit.
 */
@ApplicationScoped
public class TransactionDomainEvents {

  private static final Logger LOG = Logger.getLogger(TransactionDomainEvents.class);

  // Handlers may raise events of their own; more rounds than this means they feed each other.
  private static final int MAX_ROUNDS = 10;

  private final TransactionSynchronizationRegistry transactions;
  private final Provider<DomainEventPublisher> publisher;

  TransactionDomainEvents(
      TransactionSynchronizationRegistry transactions, Provider<DomainEventPublisher> publisher) {
    this.transactions = transactions;
    this.publisher = publisher;
  }

  /** Keeps events taken from entities until the transaction's next publishing round. */
  public void add(List<DomainEvent> events) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      LOG.warnf(
          "%d domain events raised outside an active transaction were dropped", events.size());
      return;
    }
    eventsOfThisTransaction().pending.addAll(events);
  }

  /**
   * Publishes the pending events to their in-transaction handlers, round after round, until no
   * handler raises more. Each round first runs {@code flush}, which hands over the events of every
   * entity the transaction touched.
   *
   * @return every event published in this transaction so far, for the after-commit phase
   */
  public List<DomainEvent> publishInTransaction(Runnable flush) {
    var events = eventsOfThisTransaction();
    for (int round = 1; ; round++) {
      flush.run();
      if (events.pending.isEmpty()) {
        return List.copyOf(events.published);
      }
      if (round > MAX_ROUNDS) {
        throw new IllegalStateException(
            "Domain event handlers kept raising events for " + MAX_ROUNDS + " rounds");
      }
      var batch = List.copyOf(events.pending);
      events.pending.clear();
      events.published.addAll(batch);
      batch.forEach(event -> publisher.get().publish(event, EventPhase.IN_TRANSACTION));
    }
  }

  /**
   * Publishes committed events to their after-commit handlers. Call it only once the transaction
   * has committed and ended, so a handler may start a transaction of its own.
   */
  public void publishAfterCommit(List<DomainEvent> committed) {
    for (var event : committed) {
      try {
        publisher.get().publish(event, EventPhase.AFTER_COMMIT);
      } catch (RuntimeException e) {
        // The command has committed: a failing side effect must not turn it into an error.
        LOG.errorf(e, "After-commit handler failed for %s", event.getClass().getSimpleName());
      }
    }
  }

  private EventsOfTransaction eventsOfThisTransaction() {
    var events = (EventsOfTransaction) transactions.getResource(EventsOfTransaction.class);
    if (events == null) {
      events = new EventsOfTransaction();
      transactions.putResource(EventsOfTransaction.class, events);
    }
    return events;
  }

  private static final class EventsOfTransaction {
    private final List<DomainEvent> pending = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();
  }
}
