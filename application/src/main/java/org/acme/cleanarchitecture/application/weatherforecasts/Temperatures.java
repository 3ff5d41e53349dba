package org.acme.cleanarchitecture.application.weatherforecasts;

import java.time.LocalDate;

/**
 * Where the forecast temperatures come from: a port, so that a real weather service can take the
 * place of the random one in infrastructure, and tests can say what it forecasts.
 */
@FunctionalInterface
public interface Temperatures {

  /** The temperature forecast for the day, in degrees Celsius. */
  int celsiusOn(LocalDate day);
}
