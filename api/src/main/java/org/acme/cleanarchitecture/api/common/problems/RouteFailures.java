package org.acme.cleanarchitecture.api.common.problems;

import static org.acme.cleanarchitecture.api.common.problems.ProblemResponses.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.ServiceUnavailableException;
import org.acme.cleanarchitecture.application.common.exceptions.TooManyRequestsException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answers with problem details the failures of plain Vert.x routes, which the exception mappers
 * never see because Quarkus REST is not involved: a route that refuses a request with a status,
 * such as a body over the size limit, and with a {@link RouteRefusal} if it says why; one that
 * fails with an application's {@link ExpectedFailure}, such as the rate limit's {@link
 * TooManyRequestsException} or {@link ServiceUnavailableException}, answered as the exception
 * mappers answer it; or one that throws. Quarkus would answer these with an error page of its own,
 * which in development and tests shows the stack trace.
 */
@ApplicationScoped
class RouteFailures {

  private final ObjectMapper json;

  RouteFailures(ObjectMapper json) {
    this.json = json;
  }

  void answerWithProblemDetails(@Observes Router router) {
    router.route().failureHandler(this::answer);
  }

  private void answer(RoutingContext context) {
    if (context.response().headWritten()) {
      context.next(); // too late for another answer; Quarkus's own handler ends the response
      return;
    }
    var path = context.normalizedPath();
    var failure = context.failure();
    var status = context.statusCode();
    RestResponse<ProblemDetail> answer;
    if (failure instanceof ExpectedFailure expected) {
      expected
          .retryAfter()
          .ifPresent(
              wait ->
                  context
                      .response()
                      .putHeader(
                          HttpHeaders.RETRY_AFTER,
                          ProblemExceptionMappers.retryAfterSeconds(wait)));
      answer = problem(expected.status(), expected.getMessage(), path);
    } else if (status >= 400 && status < 500) {
      answer = problem(status, failure instanceof RouteRefusal ? failure.getMessage() : null, path);
    } else {
      answer = ProblemExceptionMappers.unexpected(failure, path);
    }
    context
        .response()
        .setStatusCode(answer.getStatus())
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
        .end(asJson(answer));
  }

  private String asJson(RestResponse<ProblemDetail> answer) {
    try {
      return json.writeValueAsString(answer.getEntity());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Problem details are always serialisable", e);
    }
  }
}
