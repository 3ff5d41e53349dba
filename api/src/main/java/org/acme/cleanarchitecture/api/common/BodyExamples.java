package org.acme.cleanarchitecture.api.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Shows an example with every JSON body the API reads or writes. The examples live in {@code
 * META-INF/openapi.yaml}, each named after the schema it shows, and are attached here to every
 * request body and successful response of that schema (of an array of it: {@code List} and its
 * name): one example serves every operation that shares the schema, and no operation needs to name
 * its examples.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BodyExamples implements OASFilter {

  private static final String SCHEMAS = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    var examples = Optional.ofNullable(openApi.getComponents().getExamples()).orElse(Map.of());
    openApi.getPaths().getPathItems().values().stream()
        .flatMap(path -> path.getOperations().values().stream())
        .flatMap(BodyExamples::bodies)
        .flatMap(content -> content.getMediaTypes().values().stream())
        .forEach(
            body ->
                schemaName(body)
                    .filter(examples::containsKey)
                    .ifPresent(
                        name -> body.addExample(name, OASFactory.createExample().ref(name))));
  }

  /** What the operation reads, and what it answers when it succeeds. */
  private static Stream<Content> bodies(Operation operation) {
    var request = Stream.ofNullable(operation.getRequestBody()).map(body -> body.getContent());
    var responses =
        operation.getResponses().getAPIResponses().entrySet().stream()
            .filter(response -> response.getKey().startsWith("2"))
            .map(response -> response.getValue().getContent());
    return Stream.concat(request, responses).filter(content -> content != null);
  }

  /**
   * The name of the body's schema; for an array, {@code List} and its items' schema ({@code
   * ListWeatherForecastDto}), as the names of generic types are built.
   */
  private static Optional<String> schemaName(MediaType body) {
    return Optional.ofNullable(body.getSchema())
        .flatMap(
            schema ->
                schema.getItems() == null
                    ? name(schema)
                    : name(schema.getItems()).map(items -> "List" + items));
  }

  private static Optional<String> name(Schema schema) {
    return Optional.ofNullable(schema.getRef())
        .filter(ref -> ref.startsWith(SCHEMAS))
        .map(ref -> ref.substring(SCHEMAS.length()));
  }
}
