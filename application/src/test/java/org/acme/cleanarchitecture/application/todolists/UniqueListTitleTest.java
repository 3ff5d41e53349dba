package org.acme.cleanarchitecture.application.todolists;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class UniqueListTitleTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";
  private static final ValidationFailure TITLE_TAKEN =
      new ValidationFailure("title", "The title must be unique.");

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final UniqueListTitle uniqueTitle =
      new UniqueListTitle(todoLists, FakeCurrentUser.user(ADA));

  @Test
  void shouldAcceptUnusedTitle() {
    assertThat(uniqueTitle.check("Shopping", null)).isEmpty();
  }

  @Test
  void shouldRequireTitleUniqueAmongTheCallersLists() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(uniqueTitle.check("Shopping", null)).containsExactly(TITLE_TAKEN);
  }

  @Test
  void shouldAllowTitleAnotherUserAlreadyUses() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, BOB));

    assertThat(uniqueTitle.check("Shopping", null)).isEmpty();
  }

  @Test
  void shouldLetTheListBeingUpdatedKeepItsTitle() {
    var shopping =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(uniqueTitle.check("Shopping", shopping.getId())).isEmpty();
  }

  @Test
  void shouldRequireTitleUnusedByTheCallersOtherLists() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var chores = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));

    assertThat(uniqueTitle.check("Shopping", chores.getId())).containsExactly(TITLE_TAKEN);
  }

  @Test
  void shouldLeaveMissingTitleToTheAnnotations() {
    assertThat(uniqueTitle.check(null, null)).isEmpty();
  }
}
