package org.acme.cleanarchitecture.domain.todolists;

import java.lang.reflect.Field;
import org.acme.cleanarchitecture.domain.common.BaseEntity;

/** Lists as they come back from a store, with the identity it would have assigned. */
final class StoredLists {

  private StoredLists() {}

  static TodoList withId(long id, String title) {
    var list = TodoList.create(title, Colour.WHITE, "ada");
    try {
      Field field = BaseEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(list, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("BaseEntity no longer has an id field", e);
    }
    return list;
  }
}
