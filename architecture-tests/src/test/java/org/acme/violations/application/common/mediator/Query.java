package org.acme.violations.application.common.mediator;

public interface Query<R> extends Request<R> {}
