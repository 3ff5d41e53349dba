package org.acme.violations.application.common.mediator;

public interface Mediator {

  <R> R send(Request<R> request);
}
