package org.acme.cleanarchitecture.infrastructure.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomTemperaturesTest {

  private final RandomTemperatures temperatures = new RandomTemperatures();

  @Test
  void shouldForecastTemperaturesFromMinusTwentyToFiftyFourDegrees() {
    var day = LocalDate.parse("2026-07-01");

    assertThat(IntStream.range(0, 10_000).map(i -> temperatures.celsiusOn(day)))
        .allSatisfy(celsius -> assertThat(celsius).isBetween(-20, 54))
        .contains(-20, 54);
  }
}
