package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.todolists.TodoListRules;

/** The rules of {@link UpdateTodoListCommand}: a list may keep its own title. */
@ApplicationScoped
class UpdateTodoListValidator implements RequestValidator<UpdateTodoListCommand> {

  private final TodoListRules rules;

  UpdateTodoListValidator(TodoListRules rules) {
    this.rules = rules;
  }

  @Override
  public List<ValidationFailure> validate(UpdateTodoListCommand command) {
    return rules.check(command.title(), command.colour(), command.id());
  }
}
