package org.acme.cleanarchitecture.application.common.mediator;

import static java.util.stream.Collectors.joining;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acme.cleanarchitecture.domain.common.DomainEvent;

/**
 * The in-house mediator, and the publisher of domain events to their handlers. Everything is
 * resolved when it is built: each request type gets its handler and the behaviours that apply to
 * it, composed once into a chain of calls. Sending a request is then one map look-up and the chain,
 * with no reflection.
 */
public final class PipelineMediator implements Mediator, DomainEventPublisher {

  private final Map<Class<?>, Pipeline> pipelines;
  private final Map<EventPhase, Map<Class<?>, List<NotificationHandler<DomainEvent>>>>
      notificationHandlers;

  private PipelineMediator(
      Map<Class<?>, Pipeline> pipelines,
      Map<EventPhase, Map<Class<?>, List<NotificationHandler<DomainEvent>>>> notificationHandlers) {
    this.pipelines = Map.copyOf(pipelines);
    this.notificationHandlers = Map.copyOf(notificationHandlers);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R send(Request<R> request) {
    var pipeline = pipelines.get(request.getClass());
    if (pipeline == null) {
      throw new MediatorConfigurationException(
          "No handler for " + request.getClass().getName() + " was registered.");
    }
    return (R) pipeline.invoke(request);
  }

  @Override
  public void publish(DomainEvent event, EventPhase phase) {
    var handlers = notificationHandlers.getOrDefault(phase, Map.of());
    for (var handler : handlers.getOrDefault(event.getClass(), List.of())) {
      handler.handle(event);
    }
  }

  /** One request type's behaviours and handler, composed into a single call. */
  @FunctionalInterface
  private interface Pipeline {
    Object invoke(Request<?> request);
  }

  /** Collects handlers and behaviours, then checks and composes them in {@link #build()}. */
  public static final class Builder {
    private final Set<Class<?>> requestTypes = new LinkedHashSet<>();
    private final List<RequestHandler<?, ?>> handlers = new ArrayList<>();
    private final List<PipelineBehaviour> behaviours = new ArrayList<>();
    private final Map<EventPhase, Map<Class<?>, List<NotificationHandler<DomainEvent>>>>
        notificationHandlers = new EnumMap<>(EventPhase.class);

    private Builder() {}

    /**
     * Request types that must each have exactly one handler, typically every request type the
     * application declares; building fails for one that has none.
     */
    public Builder requestTypes(Collection<? extends Class<?>> types) {
      requestTypes.addAll(types);
      return this;
    }

    public Builder handler(RequestHandler<?, ?> handler) {
      handlers.add(handler);
      return this;
    }

    public Builder handlers(Iterable<? extends RequestHandler<?, ?>> allHandlers) {
      allHandlers.forEach(handlers::add);
      return this;
    }

    public Builder behaviour(PipelineBehaviour behaviour) {
      behaviours.add(behaviour);
      return this;
    }

    public Builder behaviours(Iterable<? extends PipelineBehaviour> allBehaviours) {
      allBehaviours.forEach(behaviours::add);
      return this;
    }

    /**
     * Registers a handler whose event type is read from its generic interface, and whose phase from
     * {@link AfterCommit} on its class.
     */
    public Builder notificationHandler(NotificationHandler<?> handler) {
      var declaration = HandlerDeclaration.of(handler, NotificationHandler.class);
      var phase =
          declaration.handlerClass().isAnnotationPresent(AfterCommit.class)
              ? EventPhase.AFTER_COMMIT
              : EventPhase.IN_TRANSACTION;
      return addNotificationHandler(declaration.handledType(), phase, handler);
    }

    /** Registers an in-transaction handler, such as a lambda, whose event type is given. */
    public <E extends DomainEvent> Builder notificationHandler(
        Class<E> eventType, NotificationHandler<? super E> handler) {
      return addNotificationHandler(eventType, EventPhase.IN_TRANSACTION, handler);
    }

    public Builder notificationHandlers(Iterable<? extends NotificationHandler<?>> allHandlers) {
      allHandlers.forEach(this::notificationHandler);
      return this;
    }

    /** Events are dispatched by their exact class, so a handler must name a concrete one. */
    @SuppressWarnings("unchecked")
    private Builder addNotificationHandler(
        Class<?> eventType, EventPhase phase, NotificationHandler<?> handler) {
      if (eventType.isInterface() || Modifier.isAbstract(eventType.getModifiers())) {
        throw new MediatorConfigurationException(
            handler.getClass().getName()
                + " handles "
                + eventType.getName()
                + ", which no event is an instance of; name a concrete event type.");
      }
      notificationHandlers
          .computeIfAbsent(phase, ignored -> new HashMap<>())
          .computeIfAbsent(eventType, ignored -> new ArrayList<>())
          .add((NotificationHandler<DomainEvent>) handler);
      return this;
    }

    /**
     * Checks the wiring and composes a pipeline per request type.
     *
     * @throws MediatorConfigurationException naming the classes at fault
     */
    public PipelineMediator build() {
      var handlerByRequest = handlersByRequestType();
      var missing =
          requestTypes.stream()
              .filter(type -> !handlerByRequest.containsKey(type))
              .map(Class::getName)
              .sorted()
              .toList();
      if (!missing.isEmpty()) {
        throw new MediatorConfigurationException(
            "No handler for "
                + String.join(", ", missing)
                + ": each request needs exactly one class implementing CommandHandler or"
                + " QueryHandler for it.");
      }
      var ordered = orderedBehaviours();
      var pipelines = new HashMap<Class<?>, Pipeline>();
      handlerByRequest.forEach(
          (requestType, handler) ->
              pipelines.put(requestType, compose(requestType, handler, ordered)));
      return new PipelineMediator(pipelines, notificationHandlers);
    }

    private Map<Class<?>, RequestHandler<?, ?>> handlersByRequestType() {
      var byRequest = new LinkedHashMap<Class<?>, List<HandlerDeclaration>>();
      var instances = new HashMap<Class<?>, RequestHandler<?, ?>>();
      for (var handler : handlers) {
        var declaration = HandlerDeclaration.of(handler, RequestHandler.class);
        byRequest
            .computeIfAbsent(declaration.handledType(), ignored -> new ArrayList<>())
            .add(declaration);
        instances.put(declaration.handledType(), handler);
      }
      var duplicates =
          byRequest.entrySet().stream()
              .filter(entry -> entry.getValue().size() > 1)
              .map(
                  entry ->
                      entry.getKey().getName()
                          + " is handled by "
                          + entry.getValue().stream()
                              .map(declaration -> declaration.handlerClass().getName())
                              .sorted()
                              .collect(joining(" and ")))
              .toList();
      if (!duplicates.isEmpty()) {
        throw new MediatorConfigurationException(
            "A request must have exactly one handler: " + String.join("; ", duplicates) + ".");
      }
      return instances;
    }

    private List<PipelineBehaviour> orderedBehaviours() {
      var byOrder = new TreeMap<Integer, List<PipelineBehaviour>>();
      for (var behaviour : behaviours) {
        byOrder.computeIfAbsent(behaviour.order(), ignored -> new ArrayList<>()).add(behaviour);
      }
      byOrder.forEach(
          (order, sharing) -> {
            if (sharing.size() > 1) {
              throw new MediatorConfigurationException(
                  "Behaviours "
                      + sharing.stream()
                          .map(behaviour -> behaviour.getClass().getName())
                          .sorted()
                          .collect(joining(" and "))
                      + " share position "
                      + order
                      + " in the pipeline; give each its own (see BehaviourOrder).");
            }
          });
      return byOrder.values().stream().flatMap(List::stream).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Pipeline compose(
        Class<?> requestType, RequestHandler handler, List<PipelineBehaviour> ordered) {
      Pipeline pipeline = handler::handle;
      var applicable =
          ordered.stream()
              .filter(behaviour -> behaviour.appliesTo((Class<? extends Request<?>>) requestType))
              .toList();
      for (int i = applicable.size() - 1; i >= 0; i--) {
        var behaviour = applicable.get(i);
        var inner = pipeline;
        pipeline = request -> behaviour.handle((Request) request, () -> inner.invoke(request));
      }
      return pipeline;
    }
  }
}
