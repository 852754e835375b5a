package nl.besparingsmonitor.ingest.xlsx;

/**
 * A workbook could not be read at all. The message is Dutch and meant for the sender; the rule
 * names what was violated (for example a limit) so the feedback can show it.
 */
public class WorkbookReadException extends RuntimeException {

    private final String rule;
    private final String sheet;

    public WorkbookReadException(String rule, String sheet, String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
        this.rule = rule;
        this.sheet = sheet;
    }

    public WorkbookReadException(String rule, String dutchMessage) {
        this(rule, null, dutchMessage, null);
    }

    public String rule() {
        return rule;
    }

    public String sheet() {
        return sheet;
    }
}
