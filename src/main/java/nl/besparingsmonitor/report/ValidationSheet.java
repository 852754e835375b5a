package nl.besparingsmonitor.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import nl.besparingsmonitor.calculation.CalculationWarning;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.store.FileOutcome;
import nl.besparingsmonitor.store.OutstandingRejection;
import nl.besparingsmonitor.store.ReceivedFileRecord;
import nl.besparingsmonitor.validation.Severity;
import nl.besparingsmonitor.validation.ValidationIssue;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#VALIDATIE}: every message about every file of the run (a rejected file
 * always gets at least one row, so nothing that was left out goes unmentioned), the warnings about
 * files of earlier runs whose facts the report still shows, a line for each rejected delivery of an
 * earlier run that was newer than the figures shown or that left an organisation the report knows
 * without any figures of its kind, then the warnings of the calculation.
 */
final class ValidationSheet {

    private static final int MESSAGE = 8;

    private ValidationSheet() {
    }

    static void write(SheetWriter w, ReportModel model, Workbook wb) {
        w.measureHeaders(ReportLayout.VALIDATION_COLUMNS);
        for (ReceivedFileRecord f : model.context().files()) {
            if (f.messages().isEmpty() && f.outcome() == FileOutcome.REJECTED) {
                Row row = fileRow(w, f, outcome(f.outcome()));
                w.label(row, MESSAGE, "Afgewezen; zie het terugkoppelbestand " + (f.feedbackFile() == null ? "" : f.feedbackFile()),
                        Style.WRAP);
            }
            messageRows(w, f, outcome(f.outcome()));
        }
        // The report shows the facts of earlier runs too; what was said about them stays in view.
        for (ReceivedFileRecord f : model.context().currentFiles()) {
            if (f.runId() != model.context().runId()) {
                messageRows(w, f, "eerder geladen (" + runAndDate(f) + ")");
            }
        }
        for (OutstandingRejection r : model.context().outstandingRejections()) {
            outstandingRow(w, r);
        }
        int last = w.nextRow() - 1;
        int lastCol = ReportLayout.VALIDATION_COLUMNS.size() - 1;
        w.autoFilter(ReportLayout.HEADER_ROW, last, lastCol);
        DefinedNames.define(wb, "Validatie_Meldingen", w.sheet(), ReportLayout.HEADER_ROW, last, lastCol);
        if (last < ReportLayout.FIRST_DATA_ROW) {
            w.label(w.row(), 0, "Geen meldingen over de bestanden van deze run of over de gegevens in dit rapport.",
                    Style.SUBTITLE);
        }

        w.section("Waarschuwingen uit de berekening");
        Row header = w.row();
        w.label(header, 0, "Organisatie", Style.HEADER);
        w.label(header, 1, "Maatregel", Style.HEADER);
        w.label(header, 2, "Melding", Style.HEADER);
        w.sheet().addMergedRegion(new CellRangeAddress(header.getRowNum(), header.getRowNum(), 2, MESSAGE));
        for (CalculationWarning warning : model.result().warnings()) {
            Row row = w.row();
            w.inert(row, 0, warning.organisationCode());
            w.inert(row, 1, warning.measureNumber());
            w.inert(row, 2, warning.message());
            w.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, MESSAGE));
        }
        if (model.result().warnings().isEmpty()) {
            w.label(w.row(), 0, "Geen waarschuwingen.", Style.SUBTITLE);
        }
        w.fitColumns(lastCol + 1);
    }

    private static void messageRows(SheetWriter w, ReceivedFileRecord f, String outcome) {
        for (ValidationIssue issue : f.messages()) {
            Row row = fileRow(w, f, outcome);
            w.label(row, 2, issue.severity().label(), issue.isError() ? Style.ERROR : Style.TEXT);
            w.inert(row, 3, issue.sheet());
            w.inert(row, 4, issue.cell());
            w.inert(row, 5, issue.rule());
            w.inert(row, 6, issue.value());
            w.inert(row, 7, issue.expected());
            w.inert(row, MESSAGE, issue.message());
        }
    }

    /**
     * One line for a rejected delivery the report's figures lag behind, or that left an organisation
     * without figures of its kind; its feedback file has the details.
     */
    private static void outstandingRow(SheetWriter w, OutstandingRejection r) {
        ReceivedFileRecord f = r.file();
        Row row = fileRow(w, f, "eerder afgewezen (" + runAndDate(f) + ")");
        w.label(row, 2, Severity.ERROR.label(), Style.ERROR);
        w.label(row, 5, r.nothingLoaded() ? "Aanlevering afgewezen, niets geladen" : "Nieuwere aanlevering afgewezen",
                Style.TEXT);
        String peildatum = f.peildatum() == null ? null : DutchTime.date(f.peildatum());
        if (peildatum != null) {
            w.label(row, 6, peildatum, Style.TEXT);
        }
        String organisation = f.organisationName() == null ? f.organisationCode() : f.organisationName();
        w.inert(row, MESSAGE, "Deze aanlevering van " + organisation + " (" + f.kindLabel()
                + (peildatum == null ? ", zonder geldige peildatum" : ", peildatum " + peildatum)
                + ") is afgewezen en niet geladen; "
                + (r.nothingLoaded()
                        ? "van deze organisatie is nog geen bestand van deze soort geladen, "
                                + "dus dit rapport bevat die gegevens niet"
                        : "dit rapport toont nog de versie met peildatum " + DutchTime.date(r.currentPeildatum()))
                + ". Zie het terugkoppelbestand "
                + (f.feedbackFile() == null ? f.fileName() + ".feedback.xlsx" : f.feedbackFile()) + ".");
    }

    /** When a file was received, as 'run 3, 5-12-2026'. */
    static String runAndDate(ReceivedFileRecord f) {
        return "run " + f.runId() + ", " + DutchTime.date(LocalDate.ofInstant(f.receivedAt(), DutchTime.ZONE));
    }

    private static Row fileRow(SheetWriter w, ReceivedFileRecord f, String outcome) {
        Row row = w.row();
        w.inert(row, 0, f.fileName());
        w.label(row, 1, outcome, f.outcome() == FileOutcome.REJECTED ? Style.ERROR : Style.TEXT);
        return row;
    }

    static String outcome(FileOutcome outcome) {
        switch (outcome) {
            case ACCEPTED:
                return "geladen";
            case REJECTED:
                return "afgewezen, niet geladen";
            case SKIPPED:
                return "overgeslagen (al eerder ontvangen)";
            default:
                return outcome.json();
        }
    }
}
