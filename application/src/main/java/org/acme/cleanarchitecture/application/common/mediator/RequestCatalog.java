package org.acme.cleanarchitecture.application.common.mediator;

import java.util.Set;

/**
 * Every concrete request type the application declares, found when the container is built (see
 * {@link RequestCatalogExtension}). The mediator checks that each has exactly one handler.
 */
public record RequestCatalog(Set<Class<?>> requestTypes) {

  public RequestCatalog {
    requestTypes = Set.copyOf(requestTypes);
  }
}
