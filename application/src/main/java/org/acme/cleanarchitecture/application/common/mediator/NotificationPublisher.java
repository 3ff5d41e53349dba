package org.acme.cleanarchitecture.application.common.mediator;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.domain.common.DomainEvent;

/**
 * Hands each domain event to the handlers of its exact class for one phase. Each handler's event
 * type and phase are read once, when the publisher is built.
 */
public final class NotificationPublisher implements DomainEventPublisher {

  private final Map<EventPhase, Map<Class<?>, List<NotificationHandler<DomainEvent>>>> handlers =
      new EnumMap<>(EventPhase.class);

  /**
   * @throws MediatorConfigurationException if a handler names an event type no event is an instance
   *     of, such as an interface
   */
  @SuppressWarnings("unchecked")
  public NotificationPublisher(Iterable<? extends NotificationHandler<?>> notificationHandlers) {
    for (var handler : notificationHandlers) {
      var eventType = TypeArgument.of(handler, NotificationHandler.class).value();
      // Events are dispatched by their exact class, so a handler must name a concrete one.
      if (eventType.isInterface() || Modifier.isAbstract(eventType.getModifiers())) {
        throw new MediatorConfigurationException(
            handler.getClass().getName()
                + " handles "
                + eventType.getName()
                + ", which no event is an instance of; name a concrete event type.");
      }
      var phase =
          handler.getClass().isAnnotationPresent(AfterCommit.class)
              ? EventPhase.AFTER_COMMIT
              : EventPhase.IN_TRANSACTION;
      handlers
          .computeIfAbsent(phase, ignored -> new HashMap<>())
          .computeIfAbsent(eventType, ignored -> new ArrayList<>())
          .add((NotificationHandler<DomainEvent>) handler);
    }
  }

  @Override
  public void publish(DomainEvent event, EventPhase phase) {
    for (var handler :
        handlers.getOrDefault(phase, Map.of()).getOrDefault(event.getClass(), List.of())) {
      handler.handle(event);
    }
  }
}
