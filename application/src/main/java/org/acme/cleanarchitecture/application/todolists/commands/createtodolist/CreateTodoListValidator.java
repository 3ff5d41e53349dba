package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.common.validation.ValidationFailure;
import org.acme.cleanarchitecture.application.todolists.TodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;

/** The rules of {@link CreateTodoListCommand} that its annotations cannot express. */
@ApplicationScoped
class CreateTodoListValidator implements RequestValidator<CreateTodoListCommand> {

  private final TodoListRepository todoLists;

  CreateTodoListValidator(TodoListRepository todoLists) {
    this.todoLists = todoLists;
  }

  @Override
  public List<ValidationFailure> validate(CreateTodoListCommand command) {
    var failures = new ArrayList<ValidationFailure>();
    if (command.title() != null && todoLists.existsWithTitle(command.title())) {
      failures.add(new ValidationFailure("title", "The title must be unique."));
    }
    if (!Colour.isSupported(command.colour())) {
      failures.add(
          new ValidationFailure("colour", "The colour " + command.colour() + " is not supported."));
    }
    return failures;
  }
}
