package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.todolists.UniqueListTitle;

/** The rules of {@link CreateTodoListCommand} that its annotations cannot express. */
@ApplicationScoped
class CreateTodoListValidator implements RequestValidator<CreateTodoListCommand> {

  private final UniqueListTitle uniqueTitle;

  CreateTodoListValidator(UniqueListTitle uniqueTitle) {
    this.uniqueTitle = uniqueTitle;
  }

  @Override
  public List<ValidationFailure> validate(CreateTodoListCommand command) {
    return uniqueTitle.check(command.title(), null);
  }
}
