package org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts;

import java.time.LocalDate;

public record WeatherForecastDto(
    LocalDate date, int temperatureC, int temperatureF, String summary) {}
