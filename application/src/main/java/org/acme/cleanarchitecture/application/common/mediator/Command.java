package org.acme.cleanarchitecture.application.common.mediator;

/**
 * A request to change state, handled by exactly one {@link CommandHandler}. Implement it with an
 * immutable record named {@code *Command}; use {@code Void} when there is nothing to return.
 *
 * @param <R> what the handler returns
 */
public non-sealed interface Command<R> extends Request<R> {}
