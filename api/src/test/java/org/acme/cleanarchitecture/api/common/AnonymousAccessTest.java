package org.acme.cleanarchitecture.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.common.mediator.Request;
import org.acme.cleanarchitecture.application.common.mediator.RequestHandler;
import org.acme.cleanarchitecture.application.common.mediator.TypeArgument;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.users.commands.changepassword.ChangePasswordCommand;
import org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts.GetWeatherForecastsQuery;
import org.junit.jupiter.api.Test;

/**
 * Sends every request the service can handle through the real mediator as an anonymous caller: a
 * use case added without {@link AllowAnonymous} is closed to anonymous callers, whichever entry
 * point sends it, and this test needs no update to cover it.
 */
@QuarkusTest
class AnonymousAccessTest {

  @Inject Mediator mediator;

  @Inject @Any Instance<RequestHandler<?, ?>> handlers;

  @Test
  void shouldRefuseAnonymousCallerForEveryRequestNotMarkedAllowAnonymous() {
    var requestTypes =
        handlers.stream()
            .<Class<?>>map(handler -> TypeArgument.of(handler, RequestHandler.class).value())
            .toList();

    assertThat(requestTypes)
        .contains(ChangePasswordCommand.class, GetWeatherForecastsQuery.class)
        .filteredOn(type -> !type.isAnnotationPresent(AllowAnonymous.class))
        .allSatisfy(
            type ->
                assertThatThrownBy(() -> mediator.send(withDefaultValues(type)))
                    .as(type.getSimpleName())
                    .isInstanceOf(UnauthorizedAccessException.class));
  }

  /** The request with every component at its default: null, zero or false. */
  private static Request<?> withDefaultValues(Class<?> requestType)
      throws ReflectiveOperationException {
    var componentTypes =
        Arrays.stream(requestType.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    var defaults =
        Arrays.stream(componentTypes)
            .map(type -> type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null)
            .toArray();
    return (Request<?>) requestType.getDeclaredConstructor(componentTypes).newInstance(defaults);
  }
}
