package org.acme.cleanarchitecture.application.common.mediator;

/**
 * Something sent through the {@link Mediator} to exactly one handler: either a {@link Command} that
 * changes state or a {@link Query} that reads it.
 *
 * @param <R> what the handler returns
 */
public sealed interface Request<R> permits Command, Query {}
