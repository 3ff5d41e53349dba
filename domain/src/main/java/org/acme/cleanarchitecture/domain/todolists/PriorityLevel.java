package org.acme.cleanarchitecture.domain.todolists;

import org.acme.cleanarchitecture.domain.common.DomainException;

/** How urgent a todo item is. */
public enum PriorityLevel {
  NONE(0, "None"),
  LOW(1, "Low"),
  MEDIUM(2, "Medium"),
  HIGH(3, "High");

  private final int id;
  private final String title;

  PriorityLevel(int id, String title) {
    this.id = id;
    this.title = title;
  }

  /**
   * The level with this id.
   *
   * @throws DomainException for an id no level has
   */
  public static PriorityLevel fromId(int id) {
    for (var level : values()) {
      if (level.id == id) {
        return level;
      }
    }
    throw new DomainException("Priority level " + id + " does not exist.");
  }

  /** The stable number clients use for the level. */
  public int getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }
}
