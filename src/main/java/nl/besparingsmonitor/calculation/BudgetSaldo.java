package nl.besparingsmonitor.calculation;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;

/**
 * Budget versus (expected) realisation of one budget line and year (domain rule 8).
 *
 * @param realisationOrForecast the realisation of a closed year, else the forecast (prognose);
 *                              null when neither was given
 * @param forecast true when {@code realisationOrForecast} is a forecast
 * @param saldo budget - realisationOrForecast: positive means less spent than budgeted; null when
 *              there is no realisation or forecast
 */
public record BudgetSaldo(
        String organisationCode,
        String post,
        Domain domain,
        int year,
        Amount budget,
        Amount realisationOrForecast,
        boolean forecast,
        Amount saldo) {
}
