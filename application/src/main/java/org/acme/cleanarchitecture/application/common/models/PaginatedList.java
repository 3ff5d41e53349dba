package org.acme.cleanarchitecture.application.common.models;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result, with what a client needs to page through the rest: by page number,
 * or by following {@code nextCursor}. A page reached by a cursor has no number and no count, since
 * counting a long list costs far more than reading a page of it.
 *
 * @param pageNumber starting at 1; null on a page reached by a cursor
 * @param totalPages null on a page reached by a cursor
 * @param totalCount null on a page reached by a cursor
 * @param nextCursor where the next page starts; null on the last page
 */
public record PaginatedList<T>(
    List<T> items,
    Integer pageNumber,
    Integer totalPages,
    Long totalCount,
    boolean hasPreviousPage,
    boolean hasNextPage,
    String nextCursor) {

  /**
   * The page with this number.
   *
   * @param pageNumber starting at 1
   * @param pageSize at least 1
   * @param cursorAfter the cursor of the page that follows an item
   */
  public static <T> PaginatedList<T> of(
      List<T> items,
      long totalCount,
      int pageNumber,
      int pageSize,
      Function<? super T, String> cursorAfter) {
    var totalPages = (int) ((totalCount + pageSize - 1) / pageSize);
    var hasNextPage = pageNumber < totalPages;
    return new PaginatedList<>(
        List.copyOf(items),
        pageNumber,
        totalPages,
        totalCount,
        pageNumber > 1,
        hasNextPage,
        hasNextPage && !items.isEmpty() ? cursorAfter.apply(items.get(items.size() - 1)) : null);
  }

  /**
   * The page after a cursor.
   *
   * @param itemsAndOneMore up to {@code pageSize + 1} items after the cursor; an item beyond the
   *     page's size says that another page follows
   * @param hasPreviousPage false where the cursor stands before the first item
   * @param cursorAfter the cursor of the page that follows an item
   */
  public static <T> PaginatedList<T> afterCursor(
      List<T> itemsAndOneMore,
      int pageSize,
      boolean hasPreviousPage,
      Function<? super T, String> cursorAfter) {
    var hasNextPage = itemsAndOneMore.size() > pageSize;
    var items = hasNextPage ? itemsAndOneMore.subList(0, pageSize) : itemsAndOneMore;
    return new PaginatedList<>(
        List.copyOf(items),
        null,
        null,
        null,
        hasPreviousPage,
        hasNextPage,
        hasNextPage ? cursorAfter.apply(items.get(pageSize - 1)) : null);
  }
}
