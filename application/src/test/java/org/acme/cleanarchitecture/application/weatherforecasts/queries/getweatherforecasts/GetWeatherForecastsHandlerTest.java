package org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.acme.cleanarchitecture.application.testsupport.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GetWeatherForecastsHandlerTest {

  private final FakeClock clock = new FakeClock();

  @Test
  void shouldForecastEachOfTheNextDaysStartingTomorrow() {
    clock.setNow(Instant.parse("2026-03-30T23:30:00Z"));
    var handler = new GetWeatherForecastsHandler(clock, day -> day.getDayOfMonth());

    var forecasts = handler.handle(new GetWeatherForecastsQuery(3));

    assertThat(forecasts)
        .extracting(WeatherForecastDto::date, WeatherForecastDto::temperatureC)
        .containsExactly(
            tuple(LocalDate.parse("2026-03-31"), 31),
            tuple(LocalDate.parse("2026-04-01"), 1),
            tuple(LocalDate.parse("2026-04-02"), 2));
  }

  @ParameterizedTest
  @CsvSource({"-20, -4", "0, 32", "37, 99", "-40, -40", "100, 212"})
  void shouldGiveTheTemperatureInFahrenheitToo(int celsius, int fahrenheit) {
    var handler = new GetWeatherForecastsHandler(clock, day -> celsius);

    assertThat(handler.handle(new GetWeatherForecastsQuery(1)))
        .singleElement()
        .extracting(WeatherForecastDto::temperatureF)
        .isEqualTo(fahrenheit);
  }

  @ParameterizedTest
  @CsvSource({
    "-20, Freezing",
    "-10, Bracing",
    "-1, Bracing",
    "0, Chilly",
    "5, Cool",
    "10, Mild",
    "15, Warm",
    "20, Balmy",
    "25, Hot",
    "30, Sweltering",
    "35, Scorching",
    "54, Scorching"
  })
  void shouldSummariseTheTemperatureByItsBand(int celsius, String summary) {
    var handler = new GetWeatherForecastsHandler(clock, day -> celsius);

    assertThat(handler.handle(new GetWeatherForecastsQuery(1)))
        .singleElement()
        .extracting(WeatherForecastDto::summary)
        .isEqualTo(summary);
  }
}
