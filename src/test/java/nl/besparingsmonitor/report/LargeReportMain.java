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
        long start = System.nanoTime();
        Path report = ConsolidatedReportWriter.write(Path.of(args[0]), context);
        long reported = System.nanoTime();
        int extracts = MunicipalityExtracts.write(Path.of(args[0]), context, 2).size();
        long done = System.nanoTime();
        System.out.println("written " + report + " in " + (reported - start) / 1_000_000 + " ms and " + extracts
                + " extracts in " + (done - reported) / 1_000_000 + " ms with max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
