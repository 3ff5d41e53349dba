package org.acme.cleanarchitecture.application.common.mediator;

/**
 * Handles one request type. Implement {@link CommandHandler} or {@link QueryHandler}, never this
 * interface directly.
 */
public sealed interface RequestHandler<Q extends Request<R>, R>
    permits CommandHandler, QueryHandler {

  R handle(Q request);
}
