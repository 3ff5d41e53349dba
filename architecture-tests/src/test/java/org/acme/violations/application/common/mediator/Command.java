package org.acme.violations.application.common.mediator;

public interface Command<R> extends Request<R> {}
