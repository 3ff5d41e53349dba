package org.acme.cleanarchitecture.application.common.mediator;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The type a handler or validator serves, read from the type argument of the generic interface its
 * class implements: {@code RegisterUserCommand} for a {@code CommandHandler<RegisterUserCommand,
 * String>}. Read once, while pipelines are built; sending a request never reflects.
 *
 * @param value the first type argument
 * @param declaredBy the class that implements the interface: the handler's own class, not the proxy
 *     a container may have wrapped it in
 */
public record TypeArgument(Class<?> value, Class<?> declaredBy) {

  /**
   * @throws MediatorConfigurationException if the object's class does not implement the interface
   *     with a concrete class as its first type argument
   */
  public static TypeArgument of(Object implementation, Class<?> genericInterface) {
    return ofClass(implementation.getClass(), genericInterface);
  }

  /**
   * The same, read from a class rather than an instance: {@code Long} for a {@code
   * RegisterUserCommand}, which implements {@code Command<String>}.
   *
   * @throws MediatorConfigurationException if the class does not implement the interface with a
   *     concrete class as its first type argument
   */
  public static TypeArgument ofClass(Class<?> implementation, Class<?> genericInterface) {
    var found = find(implementation, genericInterface);
    if (found != null && found.argument() instanceof Class<?> argument) {
      return new TypeArgument(argument, found.declaredBy());
    }
    throw new MediatorConfigurationException(
        implementation.getName()
            + " must implement "
            + genericInterface.getSimpleName()
            + " with concrete type arguments, e.g. CommandHandler<RegisterUserCommand, String>.");
  }

  /**
   * The first type argument as the class declares it, generic or not: {@code
   * List<WeatherForecastDto>} for a query that implements {@code Query<List<WeatherForecastDto>>}.
   * What a serialised answer is read back as.
   *
   * @throws MediatorConfigurationException if the class does not implement the interface with a
   *     type argument
   */
  public static Type declaredType(Class<?> implementation, Class<?> genericInterface) {
    var found = find(implementation, genericInterface);
    if (found == null) {
      throw new MediatorConfigurationException(
          implementation.getName()
              + " must implement "
              + genericInterface.getSimpleName()
              + " with a type argument, e.g. Query<CurrentUserDto>.");
    }
    return found.argument();
  }

  private static Found find(Class<?> implementation, Class<?> genericInterface) {
    for (var type = implementation; type != null; type = type.getSuperclass()) {
      for (Type implemented : type.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && genericInterface.isAssignableFrom((Class<?>) parameterized.getRawType())) {
          return new Found(parameterized.getActualTypeArguments()[0], type);
        }
      }
    }
    return null;
  }

  private record Found(Type argument, Class<?> declaredBy) {}
}
