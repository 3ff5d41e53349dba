package org.acme.cleanarchitecture.application.common.mediator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The in-house mediator. Everything is resolved when it is built: each request type gets its one
 * handler and the behaviours that apply to it, composed once into a chain of calls. Sending a
 * request is then one map look-up and that chain, with no reflection.
 */
public final class PipelineMediator implements Mediator {

  /** One request type's behaviours and handler, composed into a single call. */
  @FunctionalInterface
  private interface Pipeline {
    Object invoke(Request<?> request);
  }

  private final Map<Class<?>, Pipeline> pipelines = new HashMap<>();

  /**
   * @throws MediatorConfigurationException naming the classes, if a request type has two handlers
   *     or two behaviours claim one position
   */
  public PipelineMediator(
      Iterable<? extends RequestHandler<?, ?>> handlers,
      Iterable<? extends PipelineBehaviour> behaviours) {
    var ordered = inPipelineOrder(behaviours);
    var handlerClasses = new HashMap<Class<?>, Class<?>>();
    for (var handler : handlers) {
      var requestType = TypeArgument.of(handler, RequestHandler.class);
      var other = handlerClasses.put(requestType.value(), requestType.declaredBy());
      if (other != null) {
        throw new MediatorConfigurationException(
            requestType.value().getName()
                + " is handled by "
                + other.getName()
                + " and "
                + requestType.declaredBy().getName()
                + "; a request must have exactly one handler.");
      }
      pipelines.put(requestType.value(), compose(requestType.value(), handler, ordered));
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R send(Request<R> request) {
    var pipeline = pipelines.get(request.getClass());
    if (pipeline == null) {
      throw new MediatorConfigurationException(
          "No handler for "
              + request.getClass().getName()
              + ": each request needs exactly one CommandHandler or QueryHandler.");
    }
    return (R) pipeline.invoke(request);
  }

  private static List<PipelineBehaviour> inPipelineOrder(
      Iterable<? extends PipelineBehaviour> behaviours) {
    var byPosition = new TreeMap<Integer, PipelineBehaviour>();
    for (var behaviour : behaviours) {
      var other = byPosition.put(behaviour.order(), behaviour);
      if (other != null) {
        throw new MediatorConfigurationException(
            other.getClass().getName()
                + " and "
                + behaviour.getClass().getName()
                + " share position "
                + behaviour.order()
                + " in the pipeline; give each its own (see BehaviourOrder).");
      }
    }
    return new ArrayList<>(byPosition.values());
  }

  /** Wraps the handler in the applicable behaviours, innermost first. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Pipeline compose(
      Class<?> requestType, RequestHandler handler, List<PipelineBehaviour> ordered) {
    Pipeline pipeline = handler::handle;
    for (int i = ordered.size() - 1; i >= 0; i--) {
      var behaviour = ordered.get(i);
      if (behaviour.appliesTo((Class<? extends Request<?>>) requestType)) {
        var inner = pipeline;
        pipeline = request -> behaviour.handle((Request) request, () -> inner.invoke(request));
      }
    }
    return pipeline;
  }
}
