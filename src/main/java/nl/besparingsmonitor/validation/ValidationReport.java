package nl.besparingsmonitor.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem of one file, not just the first, so that a sender can fix them all at once.
 * Beyond {@link #MAX_ISSUES} problems only a count is kept: a million broken booking rows must not
 * become a million feedback lines.
 */
public final class ValidationReport {

    public static final int MAX_ISSUES = 1_000;

    private final List<ValidationIssue> issues = new ArrayList<>();
    private int errors;
    private int warnings;

    public void error(String sheet, String cell, String rule, String value, String expected, String message) {
        add(new ValidationIssue(Severity.ERROR, sheet, cell, rule, value, expected, message));
    }

    public void warning(String sheet, String cell, String rule, String value, String expected, String message) {
        add(new ValidationIssue(Severity.WARNING, sheet, cell, rule, value, expected, message));
    }

    public void add(ValidationIssue issue) {
        if (issue.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (issues.size() < MAX_ISSUES) {
            issues.add(issue);
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    /** The issues kept, plus a closing line when more were found than kept. */
    public List<ValidationIssue> issues() {
        if (errors + warnings <= issues.size()) {
            return Collections.unmodifiableList(issues);
        }
        List<ValidationIssue> all = new ArrayList<>(issues);
        int more = errors + warnings - issues.size();
        all.add(new ValidationIssue(hasErrors() ? Severity.ERROR : Severity.WARNING, null, null, "Meer meldingen",
                String.valueOf(more), null, "Er zijn nog " + more + " meldingen die hier niet allemaal worden getoond."));
        return all;
    }
}
