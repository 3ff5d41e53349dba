package org.acme.cleanarchitecture.application.common.mediator;

/**
 * A cross-cutting step that wraps the handling of requests (logging, validation, transactions...).
 * Behaviours run outermost first, sorted by {@link #order()}; each decides whether to call {@code
 * next}, so it can short-circuit the rest of the pipeline.
 */
public interface PipelineBehaviour {

  /** Position in the pipeline, lowest outermost; take it from {@link BehaviourOrder}. */
  int order();

  /**
   * Whether this behaviour wraps requests of the given type. Asked once per request type when the
   * pipelines are built, never per call.
   */
  default boolean appliesTo(Class<? extends Request<?>> requestType) {
    return true;
  }

  <R> R handle(Request<R> request, Next<R> next);

  /** The rest of the pipeline: the inner behaviours and, last, the handler. */
  @FunctionalInterface
  interface Next<R> {
    R proceed();
  }
}
