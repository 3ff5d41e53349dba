package org.acme.cleanarchitecture.domain.todolists;

import java.util.Objects;
import org.acme.cleanarchitecture.domain.common.BaseAuditableEntity;
import org.acme.cleanarchitecture.domain.common.DomainException;

/**
 * Something to do, on exactly one todo list. Created only through {@link TodoList#addItem}; it
 * refers to its list by id, so an item can change without loading the whole list (see ADR 5).
 */
public class TodoItem extends BaseAuditableEntity {

  public static final int TITLE_MAX_LENGTH = Titles.MAX_LENGTH;
  public static final int NOTE_MAX_LENGTH = 2000;

  private Long listId;
  private String title;
  private String note;
  private PriorityLevel priority;
  private boolean done;

  /** For persistence frameworks only: they rebuild the entity field by field. */
  protected TodoItem() {}

  /**
   * Called by {@link TodoList#addItem(long, String)} only, which passes its own id.
   *
   * @throws InvalidTitleException if the title is invalid
   */
  TodoItem(long id, long listId, String title) {
    super(id);
    this.listId = listId;
    this.title = Titles.requireValid(title, "A todo item");
    this.priority = PriorityLevel.NONE;
    raise(new TodoItemCreated(id, listId, title));
  }

  public void rename(String newTitle) {
    this.title = Titles.requireValid(newTitle, "A todo item");
  }

  /** Marks the item done; only the change from not done to done is an event. */
  public void complete() {
    if (!done) {
      done = true;
      raise(new TodoItemCompleted(getId(), listId, title));
    }
  }

  public void reopen() {
    done = false;
  }

  public void changePriority(PriorityLevel newPriority) {
    this.priority = Objects.requireNonNull(newPriority, "priority");
  }

  /** Replaces the note; {@code null} or blank removes it. */
  public void changeNote(String newNote) {
    if (newNote != null && newNote.length() > NOTE_MAX_LENGTH) {
      throw new DomainException("A todo item note has at most " + NOTE_MAX_LENGTH + " characters.");
    }
    this.note = newNote == null || newNote.isBlank() ? null : newNote;
  }

  /** Moves the item to another list; it stays on exactly one. */
  public void moveTo(TodoList target) {
    this.listId = target.getId();
  }

  /** Records that the item is being deleted; the repository then removes it. */
  public void markDeleted() {
    raise(new TodoItemDeleted(getId(), listId, title));
  }

  public Long getListId() {
    return listId;
  }

  public String getTitle() {
    return title;
  }

  public String getNote() {
    return note;
  }

  public PriorityLevel getPriority() {
    return priority;
  }

  public boolean isDone() {
    return done;
  }
}
