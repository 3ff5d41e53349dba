package org.acme.violations.api.lists;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.acme.violations.infrastructure.ListStoreAdapter;

@Path("/shortcut")
public class ResourceUsingInfrastructure {

  private final ListStoreAdapter store = new ListStoreAdapter();

  @POST
  public long create(String title) {
    return store.add(title);
  }
}
