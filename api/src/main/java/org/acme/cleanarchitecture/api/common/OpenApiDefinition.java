package org.acme.cleanarchitecture.api.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's description: its title, the bearer scheme operations require, and the parameters they
 * refer to by name. The problem responses are in {@link ProblemResponseComponents}, the examples of
 * request and response bodies in {@code META-INF/openapi.yaml} ({@link BodyExamples}).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Clean Architecture API",
            version = "1.0.0",
            description =
                "Use cases behind a thin REST API: a Clean Architecture + CQRS service on Quarkus."),
    components =
        @Components(
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
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Describes the If-Match header of every change to a list or an item. */
  public static final String IF_MATCH_DESCRIPTION =
      "The ETag (version) last read, such as \"3\": the change applies only to that version, else"
          + " 412. * applies it to any version.";
}
