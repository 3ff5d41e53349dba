package org.acme.cleanarchitecture.application.testsupport;

import java.lang.reflect.Field;
import org.acme.cleanarchitecture.domain.common.BaseEntity;

/** Gives an entity the identity a database would give it when the entity is first stored. */
final class StoreAssignedIds {

  private StoreAssignedIds() {}

  // Plays the database's part: the domain has no setter for an identity only the store assigns.
  static <E extends BaseEntity> E assign(E entity, long id) {
    try {
      Field field = BaseEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("BaseEntity no longer has an id field", e);
    }
  }
}
