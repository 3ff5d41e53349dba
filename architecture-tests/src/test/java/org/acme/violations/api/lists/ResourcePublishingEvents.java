package org.acme.violations.api.lists;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.acme.violations.application.common.mediator.DomainEventPublisher;
import org.acme.violations.domain.ListRenamed;

@Path("/lists/{id}/renamed")
public class ResourcePublishingEvents {

  private final DomainEventPublisher events;

  ResourcePublishingEvents(DomainEventPublisher events) {
    this.events = events;
  }

  @POST
  public void announceRename(@PathParam("id") long id, String title) {
    events.publish(new ListRenamed(id, title));
  }
}
