package org.acme.cleanarchitecture.application.todolists;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class TodoListRulesTest {

  private static final String ADA = "ada";
  private static final String BOB = "bob";
  private static final ValidationFailure TITLE_TAKEN =
      new ValidationFailure("title", "The title must be unique.");

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final TodoListRules rules = new TodoListRules(todoLists, FakeCurrentUser.user(ADA));

  @Test
  void shouldAcceptUnusedTitleAndSupportedColour() {
    assertThat(rules.check("Shopping", "#FF5733", null)).isEmpty();
  }

  @Test
  void shouldRequireTitleUniqueAmongTheCallersLists() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(rules.check("Shopping", null, null)).containsExactly(TITLE_TAKEN);
  }

  @Test
  void shouldAllowTitleAnotherUserAlreadyUses() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, BOB));

    assertThat(rules.check("Shopping", null, null)).isEmpty();
  }

  @Test
  void shouldLetTheListBeingUpdatedKeepItsTitle() {
    var shopping =
        todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(rules.check("Shopping", null, shopping.getId())).isEmpty();
  }

  @Test
  void shouldRequireTitleUnusedByTheCallersOtherLists() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));
    var chores = todoLists.add(TodoList.create(todoLists.nextId(), "Chores", Colour.WHITE, ADA));

    assertThat(rules.check("Shopping", null, chores.getId())).containsExactly(TITLE_TAKEN);
  }

  @Test
  void shouldRefuseUnsupportedColour() {
    assertThat(rules.check("Shopping", "#123456", null))
        .containsExactly(new ValidationFailure("colour", "The colour #123456 is not supported."));
  }

  @Test
  void shouldAcceptMissingColourAsTheDefault() {
    assertThat(rules.check("Shopping", null, null)).isEmpty();
  }

  @Test
  void shouldLeaveMissingTitleToTheAnnotations() {
    assertThat(rules.check(null, null, null)).isEmpty();
  }

  @Test
  void shouldReportEveryBrokenRuleAtOnce() {
    todoLists.add(TodoList.create(todoLists.nextId(), "Shopping", Colour.WHITE, ADA));

    assertThat(rules.check("Shopping", "#123456", null))
        .extracting(ValidationFailure::field)
        .containsExactly("title", "colour");
  }
}
