package org.acme.cleanarchitecture.api.common;

import jakarta.ws.rs.core.Application;
import org.acme.cleanarchitecture.api.common.problems.ProblemDetail;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's description: the bearer scheme every operation requires, and the problem responses and
 * parameters operations refer to by name ({@code @APIResponse(responseCode = "404", ref =
 * NOT_FOUND)}); every operation may answer {@link #TOO_MANY_REQUESTS}, which {@link
 * RateLimitedOperations} adds.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Clean Architecture Todo API",
            version = "1.0.0",
            description = "Todo lists and items: a Clean Architecture + CQRS sample on Quarkus."),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = OpenApiDefinition.BAD_REQUEST,
                  description = "The request is invalid; errors lists every failure by field",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.UNAUTHORIZED,
                  description = "No valid bearer token",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.FORBIDDEN,
                  description = "The caller lacks a required role or policy",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.NOT_FOUND,
                  description = "No such resource among the caller's own",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.CONFLICT,
                  description =
                      "Another request changed the same data meanwhile, as the database found;"
                          + " reload and try again",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.PRECONDITION_FAILED,
                  description =
                      "If-Match names an older version than the stored one, or a weak tag;"
                          + " nothing was changed",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.PRECONDITION_REQUIRED,
                  description = "If-Match is missing, and app.http.require-if-match requires it",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.IDEMPOTENCY_KEY_IN_FLIGHT,
                  description =
                      "A request with this Idempotency-Key is still being processed; retry later",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.IDEMPOTENCY_KEY_REUSED,
                  description = "This Idempotency-Key was used for a different request",
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class))),
              @APIResponse(
                  name = OpenApiDefinition.TOO_MANY_REQUESTS,
                  description =
                      "Over the rate limit. Every counted response carries RateLimit-Limit,"
                          + " RateLimit-Remaining and RateLimit-Reset (seconds until the window"
                          + " ends)",
                  headers =
                      @Header(
                          name = "Retry-After",
                          description = "Seconds to wait before the next request",
                          schema = @Schema(type = SchemaType.INTEGER)),
                  content =
                      @Content(
                          mediaType = ProblemDetail.MEDIA_TYPE,
                          schema = @Schema(implementation = ProblemDetail.class)))
            },
            parameters = {
              @Parameter(
                  name = OpenApiDefinition.IDEMPOTENCY_KEY,
                  in = ParameterIn.HEADER,
                  description =
                      "Makes a retry safe: for 24 hours, the same request sent again with the same"
                          + " key gets the first response (status, body and Location) and creates"
                          + " nothing. A new key for each new request, such as a UUID; 1 to 255"
                          + " printable ASCII characters. Keys are the caller's own.",
                  schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            }))
@SecurityScheme(
    securitySchemeName = OpenApiDefinition.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class OpenApiDefinition extends Application {

  public static final String BEARER = "bearer";
  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Describes the If-Match header of every change to a list or an item. */
  public static final String IF_MATCH_DESCRIPTION =
      "The ETag (version) last read, such as \"3\": the change applies only to that version, else"
          + " 412. * applies it to any version.";

  public static final String IDEMPOTENCY_KEY_IN_FLIGHT = "IdempotencyKeyInFlight";
  public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";
}
