package org.acme.violations.infrastructure;

import org.acme.violations.api.lists.ListResource;

public class AdapterUsingApi {

  private final ListResource resource = new ListResource();

  String currentLists() {
    return resource.list();
  }
}
