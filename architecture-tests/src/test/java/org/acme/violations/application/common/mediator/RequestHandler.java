package org.acme.violations.application.common.mediator;

public interface RequestHandler<Q extends Request<R>, R> {

  R handle(Q request);
}
