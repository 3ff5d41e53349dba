package org.acme.violations.api.lists;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.acme.violations.application.common.mediator.Mediator;
import org.acme.violations.application.lists.GetListQuery;
import org.acme.violations.application.lists.ListDto;
import org.acme.violations.application.lists.RenameListCommand;

@Path("/lists/{id}")
public class ListDetailsResource {

  private final Mediator mediator;

  ListDetailsResource(Mediator mediator) {
    this.mediator = mediator;
  }

  @GET
  public ListDto get(@PathParam("id") long id) {
    return mediator.send(new GetListQuery(id));
  }

  @PUT
  public void rename(@PathParam("id") long id, String title) {
    mediator.send(new RenameListCommand(id, title));
  }
}
