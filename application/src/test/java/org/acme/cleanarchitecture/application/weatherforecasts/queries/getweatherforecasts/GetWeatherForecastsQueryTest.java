package org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetWeatherForecastsQueryTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 14})
  void shouldAcceptOneToFourteenDays(int days) {
    assertThat(VALIDATION.getValidator().validate(new GetWeatherForecastsQuery(days))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 15})
  void shouldRefuseDaysOutsideOneToFourteen(int days) {
    assertThat(VALIDATION.getValidator().validate(new GetWeatherForecastsQuery(days)))
        .extracting(
            violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("days", "The number of days must be between 1 and 14."));
  }
}
