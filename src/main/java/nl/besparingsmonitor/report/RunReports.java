package nl.besparingsmonitor.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a run writes for controllers and members: the consolidated report and the extract of every
 * municipality. The extracts are written on worker threads while this thread writes the report (the report
 * alone keeps one core busy; with 342 municipalities this saved a fifth of the report step on two cores),
 * and they are put in place only after the report, so that no extract refers to a report that is not there.
 */
public final class RunReports {

    /**
     * @param report the consolidated report
     * @param extracts the municipal extracts, in municipality code order
     * @param reportNanos how long the consolidated report took
     * @param totalNanos how long report and extracts took together
     */
    public record Written(Path report, List<Path> extracts, long reportNanos, long totalNanos) {
    }

    private RunReports() {
    }

    public static Written write(Path outputFolder, ReportContext context, int extractThreads) throws IOException {
        long start = System.nanoTime();
        try (MunicipalityExtracts.Started extracts = MunicipalityExtracts.start(outputFolder, context, extractThreads)) {
            Path report = ConsolidatedReportWriter.write(outputFolder, context);
            long reportDone = System.nanoTime();
            List<Path> written = extracts.publish();
            return new Written(report, written, reportDone - start, System.nanoTime() - start);
        }
    }
}
