package org.acme.cleanarchitecture.application.common.mediator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the mediator from the container's handlers and behaviours, and offers it under its two
 * roles: {@link Mediator} for the outer layers, {@link DomainEventPublisher} for the
 * infrastructure.
 */
@ApplicationScoped
class MediatorConfiguration {

  @Produces
  @Singleton
  PipelineMediator pipelineMediator(
      RequestCatalog catalog,
      @Any Instance<RequestHandler<?, ?>> handlers,
      @Any Instance<PipelineBehaviour> behaviours,
      @Any Instance<NotificationHandler<?>> notificationHandlers) {
    return PipelineMediator.builder()
        .requestTypes(catalog.requestTypes())
        .handlers(handlers)
        .behaviours(behaviours)
        .notificationHandlers(notificationHandlers)
        .build();
  }

  /**
   * Asking for the mediator here builds it while the service starts, so a request without a
   * handler, or with two, stops the start with a message naming them.
   */
  void buildAtStartup(
      @Observes @Initialized(ApplicationScoped.class) Object event, PipelineMediator mediator) {}
}
