package org.acme.cleanarchitecture.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.acme.cleanarchitecture.application.common.mediator.RequestCatalog;
import org.acme.cleanarchitecture.application.common.security.Authorize;
import org.acme.cleanarchitecture.application.todolists.commands.createtodolist.CreateTodoListCommand;
import org.acme.cleanarchitecture.application.todolists.queries.gettodos.GetTodosQuery;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediatorWiringTest {

  @Inject RequestCatalog catalog;

  @Test
  void shouldFindEveryRequestRecordWhenTheContainerIsBuilt() {
    assertThat(catalog.requestTypes())
        .contains(CreateTodoListCommand.class, GetTodosQuery.class)
        .allSatisfy(type -> assertThat(type.isRecord()).isTrue());
  }

  @Test
  void shouldRequireAnAuthenticatedCallerForEveryRequest() {
    assertThat(catalog.requestTypes())
        .hasSizeGreaterThanOrEqualTo(11)
        .allSatisfy(type -> assertThat(type).hasAnnotation(Authorize.class));
  }
}
