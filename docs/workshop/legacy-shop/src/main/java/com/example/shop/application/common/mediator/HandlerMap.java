package com.example.shop.application.common.mediator;

import java.util.Map;

/** Sends each request to the handler registered for its type. */
public class HandlerMap implements Mediator {

  private final Map<Class<?>, RequestHandler<?, ?>> handlers;

  public HandlerMap(Map<Class<?>, RequestHandler<?, ?>> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> R send(Request<R> request) {
    var handler = (RequestHandler<Request<R>, R>) handlers.get(request.getClass());
    if (handler == null) {
      throw new IllegalStateException("No handler for " + request.getClass().getName());
    }
    return handler.handle(request);
  }
}
