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

    /** Longest text of each field, so that no message from any file can exceed what feedback and store hold. */
    static final int MAX_SHEET = 1_000;
    static final int MAX_CELL = 20;
    static final int MAX_RULE = 200;
    static final int MAX_VALUE = 32_767;
    static final int MAX_EXPECTED = 1_000;
    static final int MAX_MESSAGE = 32_767;

    public ValidationIssue {
        sheet = clamp(sheet, MAX_SHEET);
        cell = clamp(cell, MAX_CELL);
        rule = clamp(rule, MAX_RULE);
        value = clamp(value, MAX_VALUE);
        expected = clamp(expected, MAX_EXPECTED);
        message = clamp(message, MAX_MESSAGE);
    }

    private static String clamp(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        return text.substring(0, end) + "…";
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
