package org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.validation.ValidationMessages;

/** The weather of each of the next days, starting tomorrow. */
public record GetWeatherForecastsQuery(
    @Min(value = 1, message = ValidationMessages.DAYS_OUT_OF_RANGE)
        @Max(value = 14, message = ValidationMessages.DAYS_OUT_OF_RANGE)
        int days)
    implements Query<List<WeatherForecastDto>> {}
