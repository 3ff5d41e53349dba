package org.acme.cleanarchitecture.infrastructure.weather;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.acme.cleanarchitecture.application.weatherforecasts.Temperatures;

/**
 * Forecasts a random temperature, as Taylor's example does: the stand-in a real service replaces
 * with an adapter that asks a weather service.
 */
@ApplicationScoped
class RandomTemperatures implements Temperatures {

  private static final int COLDEST = -20;
  private static final int HOTTEST = 54;

  @Override
  public int celsiusOn(LocalDate day) {
    return ThreadLocalRandom.current().nextInt(COLDEST, HOTTEST + 1);
  }
}
