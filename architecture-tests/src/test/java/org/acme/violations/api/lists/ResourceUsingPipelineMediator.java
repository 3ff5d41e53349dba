package org.acme.violations.api.lists;

import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.acme.violations.application.common.mediator.PipelineMediator;
import org.acme.violations.application.lists.RenameListCommand;

@Path("/lists/{id}/title")
public class ResourceUsingPipelineMediator {

  private final PipelineMediator mediator;

  ResourceUsingPipelineMediator(PipelineMediator mediator) {
    this.mediator = mediator;
  }

  @PUT
  public void rename(@PathParam("id") long id, String title) {
    mediator.send(new RenameListCommand(id, title));
  }
}
