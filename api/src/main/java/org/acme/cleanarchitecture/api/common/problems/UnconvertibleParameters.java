package org.acme.cleanarchitecture.api.common.problems;

import static org.acme.cleanarchitecture.api.common.problems.ProblemResponses.problem;
import static org.acme.cleanarchitecture.api.common.problems.ProblemResponses.validationProblem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Path and query parameters whose text is not a value of their type, such as {@code ?pageSize=ten}
 * or {@code ?days=abc}. Jakarta REST answers these with 404, as if the address did not exist, and
 * Quarkus REST stops at the first and does not say which; this answers 400 naming every such
 * parameter, so resources declare typed parameters ({@code @RestQuery int pageSize}) instead of
 * parsing text. It checks whole numbers, the only parameter types the resources use.
 */
class UnconvertibleParameters {

  /** Jakarta REST's own 404, not the application's; also thrown for an address nothing answers. */
  @ServerExceptionMapper
  RestResponse<ProblemDetail> unconvertibleParameter(
      NotFoundException e, ResourceInfo resource, UriInfo uri) {
    // No method when no resource answers to the address at all.
    var method = resource.getResourceMethod();
    var errors = method == null ? Map.<String, List<String>>of() : refusals(method, uri);
    if (errors.isEmpty()) {
      return problem(404, null, uri.getPath());
    }
    return validationProblem(errors, uri.getPath());
  }

  /** Each path or query parameter of the method whose text in this request is not of its type. */
  private static Map<String, List<String>> refusals(Method method, UriInfo uri) {
    var errors = new LinkedHashMap<String, List<String>>();
    for (var parameter : method.getParameters()) {
      var name = sentName(parameter);
      if (name.isEmpty()) {
        continue; // the body, a header or a context object
      }
      var sent =
          parameter.isAnnotationPresent(RestPath.class)
              ? uri.getPathParameters()
              : uri.getQueryParameters();
      Optional.ofNullable(sent.getFirst(name.get()))
          .flatMap(text -> ExpectedValues.refusalOf(text, parameter.getType()))
          .ifPresent(refusal -> errors.put(name.get(), List.of(refusal)));
    }
    return errors;
  }

  /** The name a path or query parameter is sent under: its annotation's, else its Java name. */
  private static Optional<String> sentName(Parameter parameter) {
    var path = parameter.getAnnotation(RestPath.class);
    var query = parameter.getAnnotation(RestQuery.class);
    var declared = path != null ? path.value() : query != null ? query.value() : null;
    if (declared == null) {
      return Optional.empty();
    }
    return Optional.of(declared.isEmpty() ? parameter.getName() : declared);
  }
}
