package org.acme.cleanarchitecture.application.common.models;

import java.util.List;

/** What a repository returns for one page: the items on it and how many there are in all. */
public record CountedPage<T>(List<T> items, long totalCount) {

  public CountedPage {
    items = List.copyOf(items);
  }
}
