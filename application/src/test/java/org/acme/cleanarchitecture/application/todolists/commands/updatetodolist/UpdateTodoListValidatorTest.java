package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.application.todolists.UniqueListTitle;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class UpdateTodoListValidatorTest {

  private static final String ADA = "ada";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final UpdateTodoListValidator validator =
      new UpdateTodoListValidator(new UniqueListTitle(todoLists, FakeCurrentUser.user(ADA)));

  @Test
  void shouldLetListKeepItsOwnTitle() {
    var shopping =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(
            validator.validate(new UpdateTodoListCommand(shopping.getId(), "Shopping", null, null)))
        .isEmpty();
  }

  @Test
  void shouldRequireTitleUnusedByTheCallersOtherLists() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var chores = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));

    assertThat(
            validator.validate(new UpdateTodoListCommand(chores.getId(), "Shopping", null, null)))
        .containsExactly(new ValidationFailure("title", "The title must be unique."));
  }
}
