package org.acme.cleanarchitecture.application.common.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acme.cleanarchitecture.domain.common.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpectedFailureTest {

  static Stream<Arguments> failuresAndTheirStatus() {
    return Stream.of(
        Arguments.of(new ValidationException(Map.of("title", List.of("Required."))), 400),
        Arguments.of(new DomainRuleException(new DomainException("Refused.")), 400),
        Arguments.of(new UnauthorizedAccessException(), 401),
        Arguments.of(new ForbiddenAccessException(), 403),
        Arguments.of(new NotFoundException("Party", 42), 404),
        Arguments.of(new ConflictException("Changed meanwhile.", new IllegalStateException()), 409),
        Arguments.of(new PreconditionFailedException("Changed since version 3."), 412),
        Arguments.of(new PreconditionRequiredException("Name the version."), 428),
        Arguments.of(
            new ServiceUnavailableException(Duration.ofSeconds(5), new IllegalStateException()),
            503));
  }

  @ParameterizedTest
  @MethodSource("failuresAndTheirStatus")
  void shouldCarryTheStatusThatAnswersIt(ExpectedFailure failure, int status) {
    assertThat(failure.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @MethodSource("failuresAndTheirStatus")
  void shouldCarryAMessageForTheClient(ExpectedFailure failure, int status) {
    assertThat(failure.getMessage()).isNotBlank();
  }
}
