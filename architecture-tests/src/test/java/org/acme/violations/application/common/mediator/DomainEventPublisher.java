package org.acme.violations.application.common.mediator;

public interface DomainEventPublisher {

  void publish(Object event);
}
