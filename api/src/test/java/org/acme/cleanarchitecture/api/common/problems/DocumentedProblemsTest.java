package org.acme.cleanarchitecture.api.common.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.acme.cleanarchitecture.api.testsupport.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * Each problem response the OpenAPI document describes shows the type and title the service really
 * gives that status, so a client written against the examples reads the real answers.
 */
@QuarkusTest
class DocumentedProblemsTest {

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowTheTypeAndTitleTheServiceGivesEachStatus() {
    var document = OpenApiDocument.fetch();
    var responses = document.at("components.responses");

    assertThat(responses).isNotEmpty();
    responses.forEach(
        (name, response) -> {
          var content =
              (Map<String, Map<String, Object>>) ((Map<String, Object>) response).get("content");
          assertThat(document.exampleValues(content.get(ProblemDetail.MEDIA_TYPE)))
              .as(name)
              .isNotEmpty()
              .allSatisfy(
                  value -> {
                    var example = (Map<String, Object>) value;
                    var given = asTheServiceWritesIt(example);
                    assertThat(example)
                        .as(name)
                        .containsEntry("type", given.type())
                        .containsEntry("title", given.title());
                  });
        });
  }

  /**
   * The problem the service writes for the example's status: a validation problem if it has errors.
   */
  private static ProblemDetail asTheServiceWritesIt(Map<String, Object> example) {
    var status = (Integer) example.get("status");
    var instance = (String) example.get("instance");
    var response =
        example.containsKey("errors")
            ? ProblemResponses.validationProblem(Map.of(), instance)
            : ProblemResponses.problem(status, (String) example.get("detail"), instance);
    return response.getEntity();
  }
}
