package org.acme.cleanarchitecture.api.common.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds problem responses, with a type URI pointing at the definition of each status. */
final class ProblemResponses {

  private static final Map<Integer, String> TYPES =
      Map.ofEntries(
          Map.entry(400, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1"),
          Map.entry(401, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"),
          Map.entry(403, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4"),
          Map.entry(404, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"),
          Map.entry(405, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6"),
          Map.entry(406, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7"),
          Map.entry(409, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10"),
          Map.entry(413, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"),
          Map.entry(415, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16"),
          Map.entry(422, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21"),
          Map.entry(429, "https://www.rfc-editor.org/rfc/rfc6585#section-4"),
          Map.entry(500, "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1"),
          Map.entry(503, "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4"));

  // Titles of the statuses Jakarta REST's Response.Status does not name.
  private static final Map<Integer, String> OTHER_TITLES = Map.of(422, "Unprocessable Content");

  private ProblemResponses() {}

  static RestResponse<ProblemDetail> problem(int status, String detail, String instance) {
    return respond(status, titleOf(status), detail, instance, null, null);
  }

  static RestResponse<ProblemDetail> validationProblem(
      Map<String, List<String>> errors, String instance) {
    return respond(400, "One or more validation errors occurred.", null, instance, errors, null);
  }

  static RestResponse<ProblemDetail> unexpectedProblem(String correlationId, String instance) {
    return respond(
        500,
        titleOf(500),
        "An unexpected error occurred; quote the correlation id when reporting it.",
        instance,
        null,
        correlationId);
  }

  private static RestResponse<ProblemDetail> respond(
      int status,
      String title,
      String detail,
      String instance,
      Map<String, List<String>> errors,
      String correlationId) {
    var problem =
        new ProblemDetail(
            TYPES.getOrDefault(status, "about:blank"),
            title,
            status,
            detail,
            instance,
            errors,
            correlationId);
    return RestResponse.ResponseBuilder.<ProblemDetail>create(status)
        .entity(problem)
        .type(ProblemDetail.MEDIA_TYPE)
        .build();
  }

  private static String titleOf(int status) {
    var known = Status.fromStatusCode(status);
    if (known != null) {
      return known.getReasonPhrase();
    }
    return OTHER_TITLES.getOrDefault(status, Response.Status.Family.familyOf(status).name());
  }
}
