package org.acme.cleanarchitecture.infrastructure.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import org.acme.cleanarchitecture.domain.common.BaseAuditableEntity;
import org.acme.cleanarchitecture.domain.common.BaseEntity;
import org.acme.cleanarchitecture.infrastructure.events.TransactionDomainEvents;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Hooks the domain into Hibernate's flush: stamps auditing fields on insert and update, and takes
 * the domain events of every entity in the session, including removed ones, for publishing.
 */
@PersistenceUnitExtension
@ApplicationScoped
class DomainInterceptor implements Interceptor {

  private final AuditStamper auditStamper;
  private final TransactionDomainEvents domainEvents;

  DomainInterceptor(AuditStamper auditStamper, TransactionDomainEvents domainEvents) {
    this.auditStamper = auditStamper;
    this.domainEvents = domainEvents;
  }

  @Override
  public boolean onPersist(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    if (entity instanceof BaseAuditableEntity) {
      auditStamper.stampInsert(state, propertyNames);
      return true;
    }
    return false;
  }

  @Override
  public boolean onFlushDirty(
      Object entity,
      Object id,
      Object[] currentState,
      Object[] previousState,
      String[] propertyNames,
      Type[] types) {
    if (entity instanceof BaseAuditableEntity) {
      auditStamper.stampUpdate(currentState, propertyNames);
      return true;
    }
    return false;
  }

  @Override
  public void onRemove(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    collectEvents(entity);
  }

  @Override
  public void preFlush(Iterator<Object> entities) {
    entities.forEachRemaining(this::collectEvents);
  }

  private void collectEvents(Object entity) {
    if (entity instanceof BaseEntity aggregate && !aggregate.getDomainEvents().isEmpty()) {
      domainEvents.add(aggregate.pullDomainEvents());
    }
  }
}
