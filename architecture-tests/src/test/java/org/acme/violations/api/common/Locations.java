package org.acme.violations.api.common;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.acme.violations.api.lists.ListResource;

public final class Locations {

  private Locations() {}

  public static URI ofList(long listId) {
    return UriBuilder.fromResource(ListResource.class).path(Long.toString(listId)).build();
  }
}
