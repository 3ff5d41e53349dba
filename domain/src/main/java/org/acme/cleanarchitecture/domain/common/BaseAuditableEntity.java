package org.acme.cleanarchitecture.domain.common;

import java.time.Instant;

/**
 * An entity that knows when and by whom it was created and last changed. The infrastructure stamps
 * these fields when it stores the entity; nothing in the domain or the use cases sets them.
 */
public abstract class BaseAuditableEntity extends BaseEntity {

  private Instant created;
  private String createdBy;
  private Instant lastModified;
  private String lastModifiedBy;

  /** For persistence frameworks only: they rebuild the entity field by field. */
  protected BaseAuditableEntity() {}

  protected BaseAuditableEntity(long id) {
    super(id);
  }

  public Instant getCreated() {
    return created;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getLastModified() {
    return lastModified;
  }

  public String getLastModifiedBy() {
    return lastModifiedBy;
  }
}
