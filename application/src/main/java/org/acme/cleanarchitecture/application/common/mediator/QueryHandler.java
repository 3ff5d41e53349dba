package org.acme.cleanarchitecture.application.common.mediator;

/** The one handler of a query type. */
public non-sealed interface QueryHandler<Q extends Query<R>, R> extends RequestHandler<Q, R> {}
