package org.acme.cleanarchitecture.api.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Documents the rate limit's 429 on every API operation, since the limit applies to every request
 * at the HTTP edge, before any resource; an operation that documents a 429 of its own, such as the
 * login's, keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitedOperations implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    openApi.getPaths().getPathItems().entrySet().stream()
        .filter(path -> path.getKey().startsWith("/api/"))
        .flatMap(path -> path.getValue().getOperations().values().stream())
        .map(Operation::getResponses)
        .filter(responses -> !responses.hasAPIResponse("429"))
        .forEach(
            responses ->
                responses.addAPIResponse(
                    "429",
                    OASFactory.createAPIResponse().ref(OpenApiDefinition.TOO_MANY_REQUESTS)));
  }
}
