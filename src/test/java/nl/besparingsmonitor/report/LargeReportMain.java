package nl.besparingsmonitor.report;

import java.nio.file.Path;

/** Writes a report for 342 municipalities; started by {@link LargeReportTest} in a JVM with a small heap. */
public final class LargeReportMain {

    static final int MUNICIPALITIES = 342;
    static final int REGIONAL_MEASURES = 10;

    private LargeReportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path report = ConsolidatedReportWriter.write(Path.of(args[0]),
                ReportContexts.huizenAndRegion(MUNICIPALITIES, REGIONAL_MEASURES));
        System.out.println("written " + report + " with max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
