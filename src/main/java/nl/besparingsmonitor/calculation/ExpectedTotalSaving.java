package nl.besparingsmonitor.calculation;

import nl.besparingsmonitor.domain.Amount;

/**
 * The total expected saving of an organisation in a year (domain rule 8): budgets already include
 * the targets, so what will really be saved is the sum of the saldi plus the target.
 *
 * @param saldoTotal sum of the budget saldi of the year; incomplete when a line lacks its
 *                   realisation or forecast
 * @param target sum of the targets of all domains of the organisation in that year; null when no
 *               Voorstellen workbook of the organisation is loaded (the target is unknown, not zero)
 * @param expectedTotal saldoTotal + target; without a known target the saldo total, marked incomplete
 */
public record ExpectedTotalSaving(String organisationCode, int year, Amount saldoTotal, Amount target, Amount expectedTotal) {
}
