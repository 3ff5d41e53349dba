package org.acme.violations.application.lists;

import java.util.List;
import org.acme.violations.application.common.mediator.QueryHandler;

public class ListsOfOwnerHandler implements QueryHandler<ListsOfOwner, List<String>> {

  @Override
  public List<String> handle(ListsOfOwner query) {
    return List.of();
  }
}
