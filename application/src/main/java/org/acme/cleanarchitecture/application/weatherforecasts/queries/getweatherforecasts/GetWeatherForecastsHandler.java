package org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.acme.cleanarchitecture.application.common.mediator.QueryHandler;
import org.acme.cleanarchitecture.application.weatherforecasts.Temperatures;

@ApplicationScoped
class GetWeatherForecastsHandler
    implements QueryHandler<GetWeatherForecastsQuery, List<WeatherForecastDto>> {

  /** Each summary applies from its temperature in degrees Celsius up to the next one's. */
  private static final NavigableMap<Integer, String> SUMMARIES_FROM =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(Integer.MIN_VALUE, "Freezing"),
              Map.entry(-10, "Bracing"),
              Map.entry(0, "Chilly"),
              Map.entry(5, "Cool"),
              Map.entry(10, "Mild"),
              Map.entry(15, "Warm"),
              Map.entry(20, "Balmy"),
              Map.entry(25, "Hot"),
              Map.entry(30, "Sweltering"),
              Map.entry(35, "Scorching")));

  private final Clock clock;
  private final Temperatures temperatures;

  GetWeatherForecastsHandler(Clock clock, Temperatures temperatures) {
    this.clock = clock;
    this.temperatures = temperatures;
  }

  @Override
  public List<WeatherForecastDto> handle(GetWeatherForecastsQuery query) {
    var today = LocalDate.now(clock);
    return IntStream.rangeClosed(1, query.days())
        .mapToObj(days -> forecast(today.plusDays(days)))
        .toList();
  }

  private WeatherForecastDto forecast(LocalDate day) {
    var celsius = temperatures.celsiusOn(day);
    return new WeatherForecastDto(
        day,
        celsius,
        32 + (int) Math.round(celsius * 9 / 5.0),
        SUMMARIES_FROM.floorEntry(celsius).getValue());
  }
}
