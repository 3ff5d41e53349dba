package org.acme.violations.application.lists;

import org.acme.violations.application.common.mediator.QueryHandler;

public class GetListHandler implements QueryHandler<GetListQuery, ListDto> {

  @Override
  public ListDto handle(GetListQuery query) {
    return new ListDto(query.listId(), "Groceries");
  }
}
