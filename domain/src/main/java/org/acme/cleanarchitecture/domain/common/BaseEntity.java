package org.acme.cleanarchitecture.domain.common;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity with an identity it has from its creation, an optimistic-lock version, and the domain
 * events it has recorded but nobody has published yet.
 */
public abstract class BaseEntity {

  private Long id;
  private long version;

  // Java-transient: events are never stored, only published once the command is done.
  private final transient List<DomainEvent> domainEvents = new ArrayList<>();

  /** For persistence frameworks only: they rebuild the entity field by field. */
  protected BaseEntity() {}

  /**
   * @param id the identity the application drew for the new entity, so the entity and its events
   *     have it before anything is stored
   */
  protected BaseEntity(long id) {
    this.id = id;
  }

  /** The identity the entity was created with; it never changes. */
  public Long getId() {
    return id;
  }

  /** Increases with every stored change; a write based on an older version is refused. */
  public long getVersion() {
    return version;
  }

  /**
   * Refuses a change that was based on another version than this one, so no concurrent change is
   * overwritten unseen.
   *
   * @param expectedVersion the version the caller last saw; {@code null} if it did not say
   * @throws StaleVersionException if the versions differ
   */
  public void requireVersion(Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != version) {
      throw new StaleVersionException(getClass().getSimpleName(), id, expectedVersion, version);
    }
  }

  protected void raise(DomainEvent event) {
    domainEvents.add(event);
  }

  public List<DomainEvent> getDomainEvents() {
    return List.copyOf(domainEvents);
  }

  /** Hands over the recorded events for publishing, and forgets them. */
  public List<DomainEvent> pullDomainEvents() {
    var pulled = List.copyOf(domainEvents);
    domainEvents.clear();
    return pulled;
  }
}
