package org.acme.cleanarchitecture.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.acme.cleanarchitecture.application.common.ports.CurrentUser;

/**
 * Stamps the auditing fields of an entity's state as Hibernate writes it: created and createdBy on
 * insert, lastModified and lastModifiedBy on insert and update, from the current user and the
 * clock.
 */
@ApplicationScoped
class AuditStamper {

  private static final List<String> ON_INSERT =
      List.of("created", "createdBy", "lastModified", "lastModifiedBy");
  private static final List<String> ON_UPDATE = List.of("lastModified", "lastModifiedBy");

  private final CurrentUser currentUser;
  private final Clock clock;

  AuditStamper(CurrentUser currentUser, Clock clock) {
    this.currentUser = currentUser;
    this.clock = clock;
  }

  void stampInsert(Object[] state, String[] propertyNames) {
    stamp(state, propertyNames, ON_INSERT);
  }

  void stampUpdate(Object[] state, String[] propertyNames) {
    stamp(state, propertyNames, ON_UPDATE);
  }

  private void stamp(Object[] state, String[] propertyNames, List<String> fields) {
    var now = clock.instant();
    var user = currentUser.id().orElse(null);
    var names = Arrays.asList(propertyNames);
    for (var field : fields) {
      state[names.indexOf(field)] = field.endsWith("By") ? user : now;
    }
  }
}
