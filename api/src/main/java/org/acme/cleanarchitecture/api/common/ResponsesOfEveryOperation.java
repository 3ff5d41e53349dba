package org.acme.cleanarchitecture.api.common;

import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.INTERNAL_SERVER_ERROR;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.SERVICE_UNAVAILABLE;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.TOO_MANY_REQUESTS;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the answers that do not depend on the operation: the rate limit's 429 and an unexpected
 * failure's 500 on every operation, since the limit applies at the HTTP edge before any resource;
 * and on every operation under /api, each of which reads or writes the database, the 503 of a
 * database that cannot be reached. An operation that documents one of these statuses itself, such
 * as the login's 429, keeps its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponsesOfEveryOperation implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    openApi
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          var responses = operation.getResponses();
                          addUnlessDocumented(responses, "429", TOO_MANY_REQUESTS);
                          addUnlessDocumented(responses, "500", INTERNAL_SERVER_ERROR);
                          if (path.startsWith("/api/")) {
                            addUnlessDocumented(responses, "503", SERVICE_UNAVAILABLE);
                          }
                        }));
  }

  private static void addUnlessDocumented(APIResponses responses, String status, String component) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
    }
  }
}
