package nl.besparingsmonitor.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.ingest.xlsx.WorkbookReadException;
import nl.besparingsmonitor.ingest.xlsx.XlsxWorkbook;
import nl.besparingsmonitor.validation.ValidationReport;

/**
 * Reads one workbook against the input contract. Never throws for anything the file contains:
 * every problem, down to a file that is no workbook at all, ends up as a Dutch issue.
 */
public final class WorkbookParser {

    /** Rule of the rejection for a failure the reader did not foresee: every occurrence is a defect to fix. */
    public static final String UNEXPECTED = "Onverwachte fout";

    private static final Logger log = LoggerFactory.getLogger(WorkbookParser.class);

    private final ReadLimits limits;
    private final Clock clock;

    public WorkbookParser(ReadLimits limits) {
        this(limits, Clock.system(DutchTime.ZONE));
    }

    /** @param clock tells which Peildatum lies in the future */
    public WorkbookParser(ReadLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        // POI's zip limits are process-wide; the configured ones replace POI's laxer defaults at start-up.
        XlsxWorkbook.configurePoi(limits);
    }

    public ReadLimits limits() {
        return limits;
    }

    public ParsedWorkbook parse(Path file) {
        ValidationReport report = new ValidationReport();
        WorkbookInfo info = null;
        boolean opened = false;
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file, limits)) {
            opened = true;
            if (workbook.hasMacros()) {
                report.warning(null, null, "Macro's genegeerd", null, null,
                        "Het bestand bevat macro's (VBA). Die worden nooit uitgevoerd; alleen de gegevens worden gelezen.");
            }
            if (workbook.hasExternalData()) {
                report.warning(null, null, "Externe koppelingen genegeerd", null, null,
                        "Het bestand bevat koppelingen naar andere bestanden of gegevensverbindingen. Die worden nooit "
                                + "gevolgd of bijgewerkt; formules met externe verwijzingen tellen met hun opgeslagen waarde.");
            }
            info = InfoSheetReader.read(workbook, report, LocalDate.now(clock));
            if (info == null) {
                return withReason(ParsedWorkbook.of(null, null, report, opened), report);
            }
            WorkbookFacts facts = switch (info.kind()) {
                case VOORSTELLEN -> ProposalsReader.read(workbook, info, report);
                case REALISATIE -> RealisationReader.read(workbook, info, report);
                case VERDEELSLEUTELS -> KeysReader.read(workbook, info, report);
            };
            return withReason(ParsedWorkbook.of(info, facts, report, opened), report);
        } catch (WorkbookReadException e) {
            report.error(e.sheet(), null, e.rule(), null, null, e.getMessage());
            return ParsedWorkbook.of(info, null, report, opened);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect of ours, or a file shaped to break the reader: still a rejection, never a crashed
            // run. The stack trace goes to the log so that the defect can be fixed; the fuzz tests fail on it.
            log.error("Unexpected failure reading {}", file.getFileName(), e);
            report.error(null, null, UNEXPECTED, e.getClass().getSimpleName(), null,
                    "Het bestand kon niet worden verwerkt door een onverwachte opbouw (" + e.getClass().getSimpleName()
                            + "). Controleer het bestand in Excel en sla het opnieuw op; blijft dit gebeuren, meld het dan.");
            return ParsedWorkbook.of(info, null, report, opened);
        }
    }

    /**
     * A file is never rejected without a reason: should a reader ever return nothing without having
     * reported why, the sender still gets a message (and the fuzz tests flag it as a defect).
     */
    private static ParsedWorkbook withReason(ParsedWorkbook parsed, ValidationReport report) {
        if (parsed.accepted() || parsed.errors() > 0) {
            return parsed;
        }
        log.error("A workbook was rejected without a reported reason; this is a defect");
        report.error(null, null, UNEXPECTED, null, null, "Het bestand kon niet worden gelezen, maar de oorzaak is niet "
                + "vastgesteld. Controleer het blad Info en de verplichte kolommen; blijft dit gebeuren, meld het dan.");
        return ParsedWorkbook.of(parsed.info(), null, report, parsed.opened());
    }
}
