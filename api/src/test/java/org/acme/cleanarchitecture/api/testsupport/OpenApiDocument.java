package org.acme.cleanarchitecture.api.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The OpenAPI document the running service serves, read as JSON, with the means to follow its
 * {@code $ref}s to the components they name.
 */
public final class OpenApiDocument {

  private final Map<String, Object> document;

  private OpenApiDocument(Map<String, Object> document) {
    this.document = document;
  }

  public static OpenApiDocument fetch() {
    return new OpenApiDocument(
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path(""));
  }

  /** An operation, with its method and path for messages. */
  public record Operation(String method, String path, Map<String, Object> definition) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> responses() {
      return (Map<String, Object>) definition.get("responses");
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  /** Every operation of the document, in every path. */
  @SuppressWarnings("unchecked")
  public List<Operation> operations() {
    var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
    return paths.entrySet().stream()
        .flatMap(
            path ->
                path.getValue().entrySet().stream()
                    .map(
                        operation ->
                            new Operation(operation.getKey(), path.getKey(), operation.getValue())))
        .toList();
  }

  /** The component at a path such as {@code components.responses.NotFound}, or null. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> at(String path) {
    Object node = document;
    for (var key : path.split("\\.")) {
      node = node instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return (Map<String, Object>) node;
  }

  /** The object itself, or the component its {@code $ref} names. */
  public Map<String, Object> resolved(Map<String, Object> object) {
    var ref = (String) object.get("$ref");
    if (ref == null) {
      return object;
    }
    return Objects.requireNonNull(
        at(ref.substring("#/".length()).replace('/', '.')), () -> ref + " names nothing");
  }

  /** The values of a media type's examples, each resolved; empty if it has none. */
  @SuppressWarnings("unchecked")
  public List<Object> exampleValues(Map<String, Object> mediaType) {
    var examples = (Map<String, Map<String, Object>>) mediaType.get("examples");
    if (examples == null) {
      return List.of();
    }
    return examples.values().stream()
        .map(this::resolved)
        .map(example -> example.get("value"))
        .toList();
  }
}
