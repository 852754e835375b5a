package nl.besparingsmonitor.report;

import java.nio.file.Path;

/**
 * Writes a report and the extracts for 342 municipalities; started by {@link LargeReportTest} in a JVM
 * with a small heap.
 */
public final class LargeReportMain {

    static final int MUNICIPALITIES = 342;
    static final int REGIONAL_MEASURES = 10;

    private LargeReportMain() {
    }

    public static void main(String[] args) throws Exception {
        ReportContext context = ReportContexts.huizenAndRegion(MUNICIPALITIES, REGIONAL_MEASURES);
        RunReports.Written written = RunReports.write(Path.of(args[0]), context, 2);
        System.out.println("written " + written.report() + " in " + written.reportNanos() / 1_000_000 + " ms and "
                + written.extracts().size() + " extracts meanwhile, " + written.totalNanos() / 1_000_000
                + " ms in all, with max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
