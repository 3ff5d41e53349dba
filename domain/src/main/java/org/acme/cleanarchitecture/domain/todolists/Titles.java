package org.acme.cleanarchitecture.domain.todolists;

/** The rule every title in the domain follows: present, not blank, at most 200 characters. */
final class Titles {

  static final int MAX_LENGTH = 200;

  private Titles() {}

  /**
   * Returns the title if valid.
   *
   * @param owner what the title belongs to, such as "A todo list", for the message
   * @throws InvalidTitleException if it is blank or too long
   */
  static String requireValid(String title, String owner) {
    if (title == null || title.isBlank()) {
      throw new InvalidTitleException(owner + " needs a title.");
    }
    if (title.length() > MAX_LENGTH) {
      throw new InvalidTitleException(owner + " title has at most " + MAX_LENGTH + " characters.");
    }
    return title;
  }
}
