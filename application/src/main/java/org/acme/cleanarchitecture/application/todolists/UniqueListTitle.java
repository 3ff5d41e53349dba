package org.acme.cleanarchitecture.application.todolists;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/**
 * The rule creating and renaming a list share that needs the database: a title the caller uses on
 * no other list of theirs. A unique index backs it against a race between check and save.
 */
@ApplicationScoped
public class UniqueListTitle {

  private final TodoListRepository todoLists;
  private final CurrentUser currentUser;

  public UniqueListTitle(TodoListRepository todoLists, CurrentUser currentUser) {
    this.todoLists = todoLists;
    this.currentUser = currentUser;
  }

  /**
   * @param exceptListId the list being renamed, which may keep its own title; {@code null} for a
   *     new list
   */
  public List<ValidationFailure> check(String title, Long exceptListId) {
    var owner = currentUser.id();
    if (title != null
        && owner.isPresent()
        && todoLists.isTitleTaken(owner.get(), title, exceptListId)) {
      return List.of(new ValidationFailure("title", ValidationMessages.TITLE_TAKEN));
    }
    return List.of();
  }
}
