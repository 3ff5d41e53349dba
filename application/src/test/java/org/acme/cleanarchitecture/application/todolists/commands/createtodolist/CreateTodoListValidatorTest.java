package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.application.todolists.UniqueListTitle;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class CreateTodoListValidatorTest {

  private static final String ADA = "ada";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final CreateTodoListValidator validator =
      new CreateTodoListValidator(new UniqueListTitle(todoLists, FakeCurrentUser.user(ADA)));

  @Test
  void shouldAcceptNewTitle() {
    assertThat(validator.validate(new CreateTodoListCommand("Shopping", "#FF5733"))).isEmpty();
  }

  @Test
  void shouldRequireUniqueTitle() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(validator.validate(new CreateTodoListCommand("Shopping", null)))
        .containsExactly(new ValidationFailure("title", "The title must be unique."));
  }
}
