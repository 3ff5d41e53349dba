package org.acme.cleanarchitecture.api.common.problems;

import static java.util.stream.Collectors.joining;
import static org.acme.cleanarchitecture.api.common.problems.ProblemResponses.problem;
import static org.acme.cleanarchitecture.api.common.problems.ProblemResponses.unexpectedProblem;
import static org.acme.cleanarchitecture.api.common.problems.ProblemResponses.validationProblem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acme.cleanarchitecture.api.common.http.RequestIds;
import org.acme.cleanarchitecture.application.common.exceptions.ExpectedFailure;
import org.acme.cleanarchitecture.application.common.exceptions.ForbiddenAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationException;
import org.acme.cleanarchitecture.application.common.exceptions.ValidationFailure;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem details. The application's expected failures carry
 * their own status and message; the edge's own refusals (a bad token, unreadable JSON, an unknown
 * address) are answered here. Neither is logged as an error, nor is a client closing its connection
 * mid-request, nor the database out of reach, a 503. Anything else is logged with a correlation id,
 * and only that id reaches the client.
 */
class ProblemExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

  /**
   * Every expected failure of the application: its status and message are the answer, and a caller
   * asked to wait (throttled, or the database out of reach) is told how long.
   */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> expectedFailure(ExpectedFailure e, UriInfo uri) {
    var answer = problem(e.status(), e.getMessage(), uri.getPath());
    return e.retryAfter().map(wait -> withRetryAfter(answer, wait)).orElse(answer);
  }

  /** Validation failures add every failure by field. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> validationFailed(ValidationException e, UriInfo uri) {
    return validationProblem(e.errors(), uri.getPath());
  }

  /**
   * A wait as {@code Retry-After}, in whole seconds (RFC 9110 allows no fractions): rounded up, so
   * that a client waiting exactly that long is not refused again for being early, and never zero.
   */
  static String retryAfterSeconds(Duration wait) {
    var seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return String.valueOf(Math.max(1, seconds));
  }

  /** A missing caller adds the challenge that tells the client how to authenticate. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> unauthenticated(UnauthorizedAccessException e, UriInfo uri) {
    return withBearerChallenge(expectedFailure(e, uri));
  }

  /** Quarkus Security's refusals at the edge answer exactly as the pipeline's own. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> unauthenticatedAtTheEdge(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(new UnauthorizedAccessException(), uri);
  }

  @ServerExceptionMapper
  RestResponse<ProblemDetail> forbiddenAtTheEdge(ForbiddenException e, UriInfo uri) {
    return expectedFailure(new ForbiddenAccessException(), uri);
  }

  /** A bearer token that is malformed, expired, or not signed by a key this service trusts. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return withBearerChallenge(problem(401, "The bearer token is not valid.", uri.getPath()));
  }

  @ServerExceptionMapper
  RestResponse<ProblemDetail> malformedJson(JsonParseException e, UriInfo uri) {
    var location = e.getLocation();
    var where =
        location == null
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return problem(400, "The request body is not valid JSON" + where + ".", uri.getPath());
  }

  /** Well-formed JSON that does not fit the request: an unknown property or a value's type. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> unfitJson(MismatchedInputException e, UriInfo uri) {
    var field =
        e.getPath().stream()
            .map(
                reference ->
                    reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
            .collect(joining("."))
            .replace(".[", "[");
    var message =
        e instanceof UnrecognizedPropertyException
            ? "This property is not recognised."
            : ExpectedValues.expectationFor(e.getTargetType());
    return validationProblem(Map.of(field, List.of(message)), uri.getPath());
  }

  /** Constraints checked on resource method parameters, such as a required body. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> invalidParameter(ConstraintViolationException e, UriInfo uri) {
    var failures =
        e.getConstraintViolations().stream()
            .map(
                violation ->
                    new ValidationFailure(
                        parameterName(violation.getPropertyPath()), violation.getMessage()))
            .toList();
    return validationFailed(new ValidationException(failures), uri);
  }

  /**
   * Failures Quarkus REST raises itself: an unknown path, a wrong method or media type, or a body
   * its JSON reader gave up on. The detail is ours, never the library's message.
   */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> httpFailure(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonParseException malformed) {
      return malformedJson(malformed, uri);
    }
    if (e.getCause() instanceof JsonProcessingException) {
      return problem(
          400,
          "The request body could not be read: a value is out of range or of the wrong type.",
          uri.getPath());
    }
    var status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    return problem(status, null, uri.getPath());
  }

  @ServerExceptionMapper
  RestResponse<ProblemDetail> unexpected(Throwable e, UriInfo uri) {
    return unexpected(e, uri.getPath());
  }

  /**
   * Logs the failure, and tells the client only the correlation id: the request's id, so the one id
   * the client already holds finds every log line of the request, the error among them.
   */
  static RestResponse<ProblemDetail> unexpected(Throwable e, String path) {
    var correlationId = RequestIds.current();
    if (isClientAbort(e)) {
      // The client went away, as load tools and impatient users do; nothing failed here.
      LOG.debugf("Client closed the connection during %s: %s", path, e);
      return unexpectedProblem(correlationId, path);
    }
    LOG.errorf(e, "Unexpected failure of %s [correlationId=%s]", path, correlationId);
    return unexpectedProblem(correlationId, path);
  }

  /** Whether the failure is the client's connection closing while its request was read. */
  private static boolean isClientAbort(Throwable e) {
    for (var cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
        return true;
      }
    }
    return false;
  }

  private static RestResponse<ProblemDetail> withRetryAfter(
      RestResponse<ProblemDetail> response, Duration wait) {
    return withHeader(response, HttpHeaders.RETRY_AFTER, retryAfterSeconds(wait));
  }

  private static RestResponse<ProblemDetail> withBearerChallenge(
      RestResponse<ProblemDetail> response) {
    return withHeader(response, HttpHeaders.WWW_AUTHENTICATE, "Bearer");
  }

  private static RestResponse<ProblemDetail> withHeader(
      RestResponse<ProblemDetail> response, String name, Object value) {
    return RestResponse.ResponseBuilder.fromResponse(response).header(name, value).build();
  }

  /** The path without its first node, the resource method's name. */
  private static String parameterName(Path path) {
    var names = new ArrayList<String>();
    path.forEach(node -> names.add(node.getName()));
    return String.join(".", names.subList(Math.min(1, names.size()), names.size()));
  }
}
