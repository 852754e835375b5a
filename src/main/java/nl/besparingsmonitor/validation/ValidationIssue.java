package nl.besparingsmonitor.validation;

/**
 * One problem found in a workbook, phrased for the finance officer who has to fix it.
 *
 * @param sheet sheet name, or null when the problem concerns the file as a whole
 * @param cell A1-style cell reference, or null when no single cell is at fault (a missing column, say)
 * @param rule short Dutch name of the contract rule that was broken
 * @param value what was found, as the user typed it
 * @param expected what the contract expects there
 * @param message a full Dutch sentence
 */
public record ValidationIssue(Severity severity, String sheet, String cell, String rule, String value,
                              String expected, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
