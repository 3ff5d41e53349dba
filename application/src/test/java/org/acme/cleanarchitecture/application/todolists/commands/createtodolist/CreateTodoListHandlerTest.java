package org.acme.cleanarchitecture.application.todolists.commands.createtodolist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.testsupport.InMemoryTodoListRepository;
import org.acme.cleanarchitecture.domain.todolists.Colour;
import org.acme.cleanarchitecture.domain.todolists.TodoList;
import org.junit.jupiter.api.Test;

class CreateTodoListHandlerTest {

  private static final String ADA = "ada";

  private final InMemoryTodoListRepository todoLists = new InMemoryTodoListRepository();
  private final CreateTodoListHandler handler =
      new CreateTodoListHandler(todoLists, FakeCurrentUser.user(ADA));

  @Test
  void shouldStoreTheNewListForTheCallerAndReturnItsId() {
    Long id = handler.handle(new CreateTodoListCommand("Shopping", "#FF5733"));

    assertThat(todoLists.findOwned(id, ADA))
        .hasValueSatisfying(
            list -> {
              assertThat(list.getTitle()).isEqualTo("Shopping");
              assertThat(list.getColour()).isEqualTo(Colour.RED);
            });
  }

  @Test
  void shouldGiveEveryNewListAnIdOfItsOwn() {
    Long shopping = handler.handle(new CreateTodoListCommand("Shopping", null));
    Long chores = handler.handle(new CreateTodoListCommand("Chores", null));

    assertThat(todoLists.allOwnedByOrderedByTitle(ADA))
        .extracting(TodoList::getId)
        .containsExactly(chores, shopping)
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldUseTheDefaultColourWhenNoneIsGiven() {
    Long id = handler.handle(new CreateTodoListCommand("Shopping", null));

    assertThat(todoLists.findOwned(id, ADA))
        .hasValueSatisfying(list -> assertThat(list.getColour()).isEqualTo(Colour.WHITE));
  }

  @Test
  void shouldRefuseAnonymousCaller() {
    var anonymousHandler = new CreateTodoListHandler(todoLists, FakeCurrentUser.anonymous());

    assertThatThrownBy(() -> anonymousHandler.handle(new CreateTodoListCommand("Shopping", null)))
        .isInstanceOf(UnauthorizedAccessException.class);
    assertThat(todoLists.allOwnedByOrderedByTitle(ADA)).isEmpty();
  }
}
