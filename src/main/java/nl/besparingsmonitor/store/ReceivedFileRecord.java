package nl.besparingsmonitor.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.besparingsmonitor.domain.WorkbookKind;
import nl.besparingsmonitor.validation.ValidationIssue;

/** A received file as recorded: what it was, what became of it, and every message about it. */
public record ReceivedFileRecord(long id, long runId, String fileName, String sha256, long sizeBytes, Instant receivedAt,
                                 FileOutcome outcome, String kind, String organisationCode, String organisationName,
                                 LocalDate peildatum, int measures, int factLines, long bookingRows, int errors,
                                 int warnings, String feedbackFile, List<ValidationIssue> messages) {

    /** The kind as the report names it ('Voorstellen'); empty when the file's kind could not be read. */
    public String kindLabel() {
        return kind == null ? "" : WorkbookKind.valueOf(kind).label();
    }
}
