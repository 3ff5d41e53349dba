package org.acme.cleanarchitecture.application.common.models;

import java.util.List;

/** One page of a longer result, with what a client needs to page through the rest. */
public record PaginatedList<T>(
    List<T> items,
    int pageNumber,
    int totalPages,
    long totalCount,
    boolean hasPreviousPage,
    boolean hasNextPage) {

  /**
   * @param pageNumber starting at 1
   * @param pageSize at least 1
   */
  public static <T> PaginatedList<T> of(
      List<T> items, long totalCount, int pageNumber, int pageSize) {
    var totalPages = (int) ((totalCount + pageSize - 1) / pageSize);
    return new PaginatedList<>(
        List.copyOf(items),
        pageNumber,
        totalPages,
        totalCount,
        pageNumber > 1,
        pageNumber < totalPages);
  }
}
