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
  public static final int VALIDATION = 500;
  public static final int CACHING = 600;
  public static final int TRANSACTION = 700;

  private BehaviourOrder() {}
}
