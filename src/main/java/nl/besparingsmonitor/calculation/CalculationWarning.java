package nl.besparingsmonitor.calculation;

/**
 * Something a finance officer should look at; the calculation went on as the message says.
 *
 * @param measureNumber the measure concerned, or null for the organisation as a whole
 * @param message in Dutch, for the report
 */
public record CalculationWarning(String organisationCode, String measureNumber, String message) {
}
