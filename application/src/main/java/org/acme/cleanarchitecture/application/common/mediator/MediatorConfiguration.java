package org.acme.cleanarchitecture.application.common.mediator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the {@link Mediator}, for the outer layers, and the {@link DomainEventPublisher}, for the
 * infrastructure, from the container's handlers and behaviours.
 */
@ApplicationScoped
class MediatorConfiguration {

  @Produces
  @Singleton
  Mediator mediator(
      @Any Instance<RequestHandler<?, ?>> handlers, @Any Instance<PipelineBehaviour> behaviours) {
    return new PipelineMediator(handlers, behaviours);
  }

  @Produces
  @Singleton
  DomainEventPublisher domainEventPublisher(@Any Instance<NotificationHandler<?>> handlers) {
    return new NotificationPublisher(handlers);
  }

  /**
   * Builds both while the service starts, so a request with two handlers stops the start with a
   * message naming them. A request without a handler fails the architecture tests.
   */
  void buildAtStartup(
      @Observes @Initialized(ApplicationScoped.class) Object started,
      Mediator mediator,
      DomainEventPublisher publisher) {}
}
