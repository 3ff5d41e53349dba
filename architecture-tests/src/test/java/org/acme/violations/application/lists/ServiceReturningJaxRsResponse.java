package org.acme.violations.application.lists;

import jakarta.ws.rs.core.Response;

public class ServiceReturningJaxRsResponse {

  Response notFound() {
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
