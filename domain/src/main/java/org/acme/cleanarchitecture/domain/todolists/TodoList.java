package org.acme.cleanarchitecture.domain.todolists;

import java.util.Objects;
import org.acme.cleanarchitecture.domain.common.DomainException;

/** A named list of things to do; the aggregate root of the todo lists feature. */
public class TodoList {

  public static final int TITLE_MAX_LENGTH = 200;

  private Long id;
  private String title;
  private Colour colour;

  /** For persistence frameworks only: they rebuild the aggregate field by field. */
  protected TodoList() {}

  private TodoList(String title, Colour colour) {
    this.title = requireValidTitle(title);
    this.colour = Objects.requireNonNull(colour, "colour");
  }

  public static TodoList create(String title, Colour colour) {
    return new TodoList(title, colour);
  }

  public void rename(String newTitle) {
    this.title = requireValidTitle(newTitle);
  }

  public void changeColour(Colour newColour) {
    this.colour = Objects.requireNonNull(newColour, "colour");
  }

  /** The identity given when the list is first stored; {@code null} before that. */
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Colour getColour() {
    return colour;
  }

  private static String requireValidTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidTitleException("A todo list needs a title.");
    }
    if (title.length() > TITLE_MAX_LENGTH) {
      throw new InvalidTitleException(
          "A todo list title has at most " + TITLE_MAX_LENGTH + " characters.");
    }
    return title;
  }

  /** Thrown when a title is blank or too long. */
  public static final class InvalidTitleException extends DomainException {

    InvalidTitleException(String message) {
      super(message);
    }
  }
}
