package org.acme.cleanarchitecture.api.common.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 {@code application/problem+json}.
 *
 * @param errors failure messages by request field, for validation problems only
 * @param correlationId ties an unexpected error to the server's log entry, for 500s only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemDetail", description = "An error, as RFC 9457 problem details")
public record ProblemDetail(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    Map<String, List<String>> errors,
    String correlationId) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
