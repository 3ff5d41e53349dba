package org.acme.cleanarchitecture.application.common.behaviours;

import jakarta.enterprise.context.ApplicationScoped;
import org.acme.cleanarchitecture.application.common.mediator.BehaviourOrder;
import org.acme.cleanarchitecture.application.common.mediator.Command;
import org.acme.cleanarchitecture.application.common.mediator.PipelineBehaviour;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.ports.Transactions;

/**
 * Runs each command's handler in one transaction. The innermost behaviour, so validation and
 * authorization never hold a transaction open. Queries run without one.
 */
@ApplicationScoped
public class TransactionBehaviour implements PipelineBehaviour {

  private final Transactions transactions;

  public TransactionBehaviour(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public int order() {
    return BehaviourOrder.TRANSACTION;
  }

  @Override
  public boolean appliesTo(Class<? extends Request<?>> requestType) {
    return Command.class.isAssignableFrom(requestType);
  }

  @Override
  public <R> R handle(Request<R> request, Next<R> next) {
    return transactions.inTransaction(next::proceed);
  }
}
