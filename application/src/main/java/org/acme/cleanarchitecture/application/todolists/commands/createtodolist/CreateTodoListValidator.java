package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.todolists.TodoListRules;

/** The rules of {@link CreateTodoListCommand} that its annotations cannot express. */
@ApplicationScoped
class CreateTodoListValidator implements RequestValidator<CreateTodoListCommand> {

  private final TodoListRules rules;

  CreateTodoListValidator(TodoListRules rules) {
    this.rules = rules;
  }

  @Override
  public List<ValidationFailure> validate(CreateTodoListCommand command) {
    return rules.check(command.title(), command.colour(), null);
  }
}
