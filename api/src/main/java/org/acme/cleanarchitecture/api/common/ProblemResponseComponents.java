package org.acme.cleanarchitecture.api.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acme.cleanarchitecture.api.common.problems.ProblemDetail;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every problem response the API documents, each once: the name operations refer to it by
 * ({@code @APIResponse(responseCode = "404", ref = NOT_FOUND)}), what it means, and an example of
 * the problem details it carries, with the type and title the service gives its status. Registered
 * as components at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponseComponents implements OASFilter {

  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String IDEMPOTENCY_KEY_IN_FLIGHT = "IdempotencyKeyInFlight";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
  public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";
  public static final String TOO_MANY_FAILED_LOGINS = "TooManyFailedLogins";
  public static final String INTERNAL_SERVER_ERROR = "InternalServerError";
  public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

  private static final String RFC_9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-";
  private static final String RFC_6585_429 = "https://www.rfc-editor.org/rfc/rfc6585#section-4";
  // Every operation shares these components, so their examples name no operation's resource.
  private static final String RESOURCES = "/api/resources";
  private static final String RESOURCE = RESOURCES + "/42";

  /** The statuses whose answers say, in Retry-After, when to try again. */
  private static final Set<Integer> RETRY_LATER = Set.of(429, 503);

  private static final List<ProblemResponse> RESPONSES =
      List.of(
          new ProblemResponse(
              BAD_REQUEST,
              "The request is invalid; errors lists every failure by field",
              new ProblemDetail(
                  RFC_9110 + "15.5.1",
                  "One or more validation errors occurred.",
                  400,
                  null,
                  RESOURCES,
                  Map.of("name", List.of("The name is required.")),
                  null)),
          new ProblemResponse(
              UNAUTHORIZED,
              "No valid bearer token",
              problem(
                  RFC_9110 + "15.5.2",
                  "Unauthorized",
                  401,
                  "Authentication is required.",
                  RESOURCES)),
          new ProblemResponse(
              FORBIDDEN,
              "The caller lacks a required role or policy",
              problem(
                  RFC_9110 + "15.5.4",
                  "Forbidden",
                  403,
                  "You are not allowed to do this.",
                  RESOURCES)),
          new ProblemResponse(
              NOT_FOUND,
              "No such resource among the caller's own",
              problem(
                  RFC_9110 + "15.5.5", "Not Found", 404, "Resource 42 was not found.", RESOURCE)),
          new ProblemResponse(
              CONFLICT,
              "Another request changed the same data meanwhile, as the database found;"
                  + " reload and try again",
              problem(
                  RFC_9110 + "15.5.10",
                  "Conflict",
                  409,
                  "The data was changed by another request meanwhile; reload it and try again.",
                  RESOURCE)),
          new ProblemResponse(
              IDEMPOTENCY_KEY_IN_FLIGHT,
              "A request with this Idempotency-Key is still being processed; retry later",
              problem(
                  RFC_9110 + "15.5.10",
                  "Conflict",
                  409,
                  "A request with this Idempotency-Key is still being processed; retry once it has"
                      + " finished.",
                  RESOURCES)),
          new ProblemResponse(
              PRECONDITION_FAILED,
              "If-Match names an older version than the stored one, or a weak tag;"
                  + " nothing was changed",
              problem(
                  "about:blank",
                  "Precondition Failed",
                  412,
                  "Resource 42 has changed since version 3 (it is at version 4); reload it and try"
                      + " again.",
                  RESOURCE)),
          new ProblemResponse(
              IDEMPOTENCY_KEY_REUSED,
              "This Idempotency-Key was used for a different request",
              problem(
                  RFC_9110 + "15.5.21",
                  "Unprocessable Content",
                  422,
                  "This Idempotency-Key was already used for a different request; send a new key"
                      + " with a new request.",
                  RESOURCES)),
          new ProblemResponse(
              PRECONDITION_REQUIRED,
              "If-Match is missing, and app.http.require-if-match requires it",
              problem(
                  "about:blank",
                  "Precondition Required",
                  428,
                  "Send If-Match with the ETag last read, such as \"3\", or * to change any"
                      + " version.",
                  RESOURCE)),
          new ProblemResponse(
              TOO_MANY_REQUESTS,
              "Over the rate limit. Every counted response carries RateLimit-Limit,"
                  + " RateLimit-Remaining and RateLimit-Reset (seconds until the window ends)",
              problem(
                  RFC_6585_429,
                  "Too Many Requests",
                  429,
                  "Too many requests; wait before sending more.",
                  RESOURCES)),
          new ProblemResponse(
              TOO_MANY_FAILED_LOGINS,
              "Too many failed logins for the account or from the client address, or, as anywhere, too"
                  + " many requests",
              problem(
                  RFC_6585_429,
                  "Too Many Requests",
                  429,
                  "Too many failed logins; try again later.",
                  "/api/users/login")),
          new ProblemResponse(
              INTERNAL_SERVER_ERROR,
              "An unexpected failure: the answer holds only a correlation id, under which the log"
                  + " holds the details",
              new ProblemDetail(
                  RFC_9110 + "15.6.1",
                  "Internal Server Error",
                  500,
                  "An unexpected error occurred; quote the correlation id when reporting it.",
                  RESOURCES,
                  null,
                  "0f8fad5b-d9cb-469f-a165-70867728950e")),
          new ProblemResponse(
              SERVICE_UNAVAILABLE,
              "The database cannot be reached at the moment",
              problem(
                  RFC_9110 + "15.6.4",
                  "Service Unavailable",
                  503,
                  "The database cannot be reached at the moment; try again after the time in"
                      + " Retry-After.",
                  RESOURCES)));

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    var examples = new ObjectMapper();
    RESPONSES.forEach(
        response ->
            openApi.getComponents().addResponse(response.name(), response.component(examples)));
  }

  private static ProblemDetail problem(
      String type, String title, int status, String detail, String instance) {
    return new ProblemDetail(type, title, status, detail, instance, null, null);
  }

  /** A problem response: its component name, its meaning and an example of its problem details. */
  private record ProblemResponse(String name, String description, ProblemDetail example) {

    /** The response, its example written by Jackson just as the service writes problems. */
    APIResponse component(ObjectMapper json) {
      var content =
          OASFactory.createMediaType()
              .schema(OASFactory.createSchema().ref(ProblemDetail.class.getSimpleName()))
              .addExample(
                  name, OASFactory.createExample().value(json.convertValue(example, Map.class)));
      var response =
          OASFactory.createAPIResponse()
              .description(description)
              .content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, content));
      if (RETRY_LATER.contains(example.status())) {
        response.addHeader(
            HttpHeaders.RETRY_AFTER,
            OASFactory.createHeader()
                .description("Seconds to wait before the next request")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
      }
      return response;
    }
  }
}
