package org.acme.cleanarchitecture.application.todolists;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;
import org.acme.cleanarchitecture.application.common.ports.TodoListRepository;

/**
 * The checks that creating and updating a list share: a title the caller has not used yet and a
 * supported colour or none.
 */
@ApplicationScoped
public class TodoListRules {

  private final TodoListRepository todoLists;
  private final CurrentUser currentUser;

  public TodoListRules(TodoListRepository todoLists, CurrentUser currentUser) {
    this.todoLists = todoLists;
    this.currentUser = currentUser;
  }

  /**
   * @param exceptListId the list being updated, which may keep its own title; {@code null} for a
   *     new list
   */
  public List<ValidationFailure> check(String title, String colour, Long exceptListId) {
    var failures = new ArrayList<ValidationFailure>();
    var owner = currentUser.id();
    if (title != null
        && owner.isPresent()
        && todoLists.isTitleTaken(owner.get(), title, exceptListId)) {
      failures.add(new ValidationFailure("title", "The title must be unique."));
    }
    if (!RequestedColour.isAcceptable(colour)) {
      failures.add(new ValidationFailure("colour", "The colour " + colour + " is not supported."));
    }
    return failures;
  }
}
