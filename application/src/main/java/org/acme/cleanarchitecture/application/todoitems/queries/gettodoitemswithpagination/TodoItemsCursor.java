package org.acme.cleanarchitecture.application.todoitems.queries.gettodoitemswithpagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of a list's items ended: the list, and the title and id of the page's last item, in
 * the order the pages follow (title, then id). Clients see it only as an opaque string, so its form
 * can change without breaking them.
 */
record TodoItemsCursor(long listId, String title, long id) {

  /**
   * The cursor that asks for the first page, uncounted. No cursor encodes to it: five characters
   * are no valid base64.
   */
  static final String FIRST = "first";

  private static final String SEPARATOR = "\n";

  /** Before every item of the list: no title sorts before the empty one, no id before this one. */
  static TodoItemsCursor start(long listId) {
    return new TodoItemsCursor(listId, "", Long.MIN_VALUE);
  }

  static TodoItemsCursor after(TodoItemBriefDto item) {
    return new TodoItemsCursor(item.listId(), item.title(), item.id());
  }

  /** The cursor this string encodes, or empty if no cursor encodes to it. */
  static Optional<TodoItemsCursor> decode(String encoded) {
    try {
      var parts =
          new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
              .split(SEPARATOR, 3);
      if (parts.length < 3 || parts[2].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new TodoItemsCursor(Long.parseLong(parts[0]), parts[2], Long.parseLong(parts[1])));
    } catch (IllegalArgumentException notACursor) {
      // Base64 and number parsing both refuse malformed input this way.
      return Optional.empty();
    }
  }

  /** Base64url without padding, so the cursor goes into a query string as it is. */
  String encode() {
    var plain = listId + SEPARATOR + id + SEPARATOR + title;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
