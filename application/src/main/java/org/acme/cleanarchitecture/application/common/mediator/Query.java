package org.acme.cleanarchitecture.application.common.mediator;

/**
 * A request to read state without changing it, handled by exactly one {@link QueryHandler}.
 * Implement it with an immutable record named {@code *Query}.
 *
 * @param <R> what the handler returns
 */
public non-sealed interface Query<R> extends Request<R> {}
