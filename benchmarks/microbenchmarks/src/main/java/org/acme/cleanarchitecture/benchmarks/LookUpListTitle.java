package org.acme.cleanarchitecture.benchmarks;

import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;

/**
 * A query whose handler does almost nothing, so that what a benchmark measures around it is the
 * mediator's own cost. Like every request not marked otherwise, it needs an authenticated caller.
 */
public record LookUpListTitle(long listId) implements Query<String> {

  /** Answers from memory, with no I/O. */
  public static final class Handler implements QueryHandler<LookUpListTitle, String> {

    @Override
    public String handle(LookUpListTitle query) {
      return query.listId() == 1 ? "Shopping" : "Other";
    }
  }
}
