package org.acme.violations.api.lists;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path(ListResource.PATH)
public class ListResource {

  public static final String PATH = "/lists";

  @GET
  public String list() {
    return "[]";
  }
}
