package org.acme.cleanarchitecture.application.todolists.commands.updatetodolist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.validation.RequestValidator;
import org.acme.cleanarchitecture.application.todolists.UniqueListTitle;

/** The rules of {@link UpdateTodoListCommand}: a list may keep its own title. */
@ApplicationScoped
class UpdateTodoListValidator implements RequestValidator<UpdateTodoListCommand> {

  private final UniqueListTitle uniqueTitle;

  UpdateTodoListValidator(UniqueListTitle uniqueTitle) {
    this.uniqueTitle = uniqueTitle;
  }

  @Override
  public List<ValidationFailure> validate(UpdateTodoListCommand command) {
    return uniqueTitle.check(command.title(), command.id());
  }
}
