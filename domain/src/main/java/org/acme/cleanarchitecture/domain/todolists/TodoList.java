package org.acme.cleanarchitecture.domain.todolists;

import java.util.Objects;
import org.acme.cleanarchitecture.domain.common.BaseAuditableEntity;
import org.acme.cleanarchitecture.domain.common.DomainException;

/** A named list of things to do, owned by one user. */
public class TodoList extends BaseAuditableEntity {

  public static final int TITLE_MAX_LENGTH = Titles.MAX_LENGTH;

  private String title;
  private Colour colour;
  private String ownerId;

  /** For persistence frameworks only: they rebuild the aggregate field by field. */
  protected TodoList() {}

  private TodoList(long id, String title, Colour colour, String ownerId) {
    super(id);
    this.title = Titles.requireValid(title, "A todo list");
    this.colour = Objects.requireNonNull(colour, "colour");
    if (ownerId == null || ownerId.isBlank()) {
      throw new DomainException("A todo list belongs to a user.");
    }
    this.ownerId = ownerId;
  }

  /**
   * @param id a new identity, never given to another list
   */
  public static TodoList create(long id, String title, Colour colour, String ownerId) {
    return new TodoList(id, title, colour, ownerId);
  }

  public void rename(String newTitle) {
    this.title = Titles.requireValid(newTitle, "A todo list");
  }

  public void changeColour(Colour newColour) {
    this.colour = Objects.requireNonNull(newColour, "colour");
  }

  /**
   * A new item on this list.
   *
   * @param itemId a new identity, never given to another item
   */
  public TodoItem addItem(long itemId, String itemTitle) {
    return new TodoItem(itemId, getId(), itemTitle);
  }

  public boolean isOwnedBy(String userId) {
    return ownerId.equals(userId);
  }

  public String getTitle() {
    return title;
  }

  public Colour getColour() {
    return colour;
  }

  public String getOwnerId() {
    return ownerId;
  }
}
