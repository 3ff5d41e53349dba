package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.validation.ValidationFailure;
import org.acme.cleanarchitecture.application.todolists.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class CreateTodoListValidatorTest {

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final CreateTodoListValidator validator = new CreateTodoListValidator(todoLists);

  @Test
  void shouldAcceptNewTitleAndSupportedColour() {
    assertThat(validator.validate(new CreateTodoListCommand("Shopping", "#FF5733"))).isEmpty();
  }

  @Test
  void shouldRequireUniqueTitle() {
    todoLists.add(TodoList.create("Shopping", Colour.DEFAULT));

    assertThat(validator.validate(new CreateTodoListCommand("Shopping", null)))
        .containsExactly(new ValidationFailure("title", "The title must be unique."));
  }

  @Test
  void shouldRefuseUnsupportedColour() {
    assertThat(validator.validate(new CreateTodoListCommand("Shopping", "#123456")))
        .extracting(ValidationFailure::field)
        .containsExactly("colour");
  }

  @Test
  void shouldLeaveMissingTitleToTheAnnotations() {
    assertThat(validator.validate(new CreateTodoListCommand(null, null))).isEmpty();
  }
}
