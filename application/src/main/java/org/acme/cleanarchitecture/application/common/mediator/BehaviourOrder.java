package org.acme.cleanarchitecture.application.common.mediator;

/**
 * The documented position of every pipeline behaviour, outermost first. Gaps leave room for a
 * fork's own behaviours; two behaviours may not share a position.
 */
public final class BehaviourOrder {

  public static final int LOGGING = 100;
  public static final int UNHANDLED_EXCEPTION = 200;
  public static final int PERFORMANCE = 300;
  public static final int AUTHORIZATION = 400;

  /**
   * Inside authorization, so that every caller it sees is known and keeps keys of its own; outside
   * validation, so that a repeated command gets its first answer even when that answer has made it
   * invalid (the title it created is taken now); outside the transaction, so that it records only
   * committed results.
   */
  public static final int IDEMPOTENCY = 450;

  public static final int VALIDATION = 500;
  public static final int CACHING = 600;
  public static final int TRANSACTION = 700;

  private BehaviourOrder() {}
}
