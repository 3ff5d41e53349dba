package org.acme.violations.application.common.mediator;

public interface Request<R> {}
