package org.acme.cleanarchitecture.application.common.mediator;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Which class declares a handler (or a validator) and which type it serves, read from its generic
 * interface. Used only while the mediator is built; dispatch never reflects.
 *
 * @param handlerClass the class that implements the handler interface: the handler's own class, not
 *     the proxy a container may have wrapped it in
 * @param handledType the request or notification type it handles
 */
public record HandlerDeclaration(Class<?> handlerClass, Class<?> handledType) {

  public static HandlerDeclaration of(Object handler, Class<?> handlerInterface) {
    for (Class<?> type = handler.getClass(); type != null; type = type.getSuperclass()) {
      for (Type implemented : type.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && handlerInterface.isAssignableFrom((Class<?>) parameterized.getRawType())
            && parameterized.getActualTypeArguments()[0] instanceof Class<?> handled) {
          return new HandlerDeclaration(type, handled);
        }
      }
    }
    throw new MediatorConfigurationException(
        handler.getClass().getName()
            + " must implement "
            + handlerInterface.getSimpleName()
            + " with concrete type arguments, e.g. CommandHandler<CreateTodoListCommand, Long>.");
  }
}
