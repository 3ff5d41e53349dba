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

  private TodoList(String title, Colour colour, String ownerId) {
    this.title = Titles.requireValid(title, "A todo list");
    this.colour = Objects.requireNonNull(colour, "colour");
    if (ownerId == null || ownerId.isBlank()) {
      throw new DomainException("A todo list belongs to a user.");
    }
    this.ownerId = ownerId;
  }

  public static TodoList create(String title, Colour colour, String ownerId) {
    return new TodoList(title, colour, ownerId);
  }

  public void rename(String newTitle) {
    this.title = Titles.requireValid(newTitle, "A todo list");
  }

  public void changeColour(Colour newColour) {
    this.colour = Objects.requireNonNull(newColour, "colour");
  }

  /** A new item on this list; the list must have been stored, so the item can refer to it. */
  public TodoItem addItem(String itemTitle) {
    return new TodoItem(getId(), itemTitle);
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
