package org.acme.violations.application.common.mediator;

public interface QueryHandler<Q extends Query<R>, R> extends RequestHandler<Q, R> {}
