package org.acme.cleanarchitecture.api.weatherforecasts;

import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.BAD_REQUEST;
import static org.acme.cleanarchitecture.api.common.ProblemResponseComponents.UNAUTHORIZED;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.acme.cleanarchitecture.api.common.OpenApiDefinition;
import org.acme.cleanarchitecture.application.common.mediator.Mediator;
import org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts.GetWeatherForecastsQuery;
import org.acme.cleanarchitecture.application.weatherforecasts.queries.getweatherforecasts.WeatherForecastDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Weather forecasts: the operation turns HTTP into one request for the mediator, and back. */
@Path("/api/weather-forecasts")
@Tag(name = "Weather forecasts")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@APIResponse(responseCode = "401", ref = UNAUTHORIZED)
@Produces(MediaType.APPLICATION_JSON)
public class WeatherForecastsResource {

  private final Mediator mediator;

  WeatherForecastsResource(Mediator mediator) {
    this.mediator = mediator;
  }

  @GET
  @Operation(summary = "The weather of each of the next days, starting tomorrow")
  @APIResponse(responseCode = "200", description = "One forecast a day, in date order")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public List<WeatherForecastDto> getWeatherForecasts(
      @Parameter(description = "1 to 14") @RestQuery @DefaultValue("5") int days) {
    return mediator.send(new GetWeatherForecastsQuery(days));
  }
}
