package nl.besparingsmonitor.ingest;

import java.util.List;

import nl.besparingsmonitor.validation.ValidationIssue;
import nl.besparingsmonitor.validation.ValidationReport;

/**
 * The result of reading and validating one workbook.
 *
 * @param info null when the file could not be identified (not a workbook, no Info sheet ...)
 * @param facts null when the file has errors: a rejected file contributes nothing
 * @param opened the file could be opened as a workbook (so a marked-up copy of it can be made)
 */
public record ParsedWorkbook(WorkbookInfo info, WorkbookFacts facts, List<ValidationIssue> issues, int errors,
                             int warnings, boolean opened) {

    static ParsedWorkbook of(WorkbookInfo info, WorkbookFacts facts, ValidationReport report, boolean opened) {
        return new ParsedWorkbook(info, report.hasErrors() ? null : facts, List.copyOf(report.issues()),
                report.errorCount(), report.warningCount(), opened);
    }

    public boolean accepted() {
        return errors == 0 && facts != null;
    }
}
