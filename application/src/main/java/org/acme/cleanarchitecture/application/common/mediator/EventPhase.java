package org.acme.cleanarchitecture.application.common.mediator;

/** When a domain event handler runs, relative to the commit of the command that raised it. */
public enum EventPhase {
  /**
   * Before the commit, in the command's transaction: the handler's writes commit or roll back with
   * the command, and its failure fails the command.
   */
  IN_TRANSACTION,

  /**
   * Only once the command has committed, for side effects (notifications, cache invalidation). A
   * failure is logged; the command stays done.
   */
  AFTER_COMMIT
}
