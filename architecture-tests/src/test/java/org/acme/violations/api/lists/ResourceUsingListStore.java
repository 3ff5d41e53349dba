package org.acme.violations.api.lists;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.acme.violations.application.lists.ListStore;

@Path("/quick-lists")
public class ResourceUsingListStore {

  private final ListStore store;

  ResourceUsingListStore(ListStore store) {
    this.store = store;
  }

  @POST
  public long create(String title) {
    return store.add(title);
  }
}
