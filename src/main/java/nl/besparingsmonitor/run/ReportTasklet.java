package nl.besparingsmonitor.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.calculation.SavingsCalculator;
import nl.besparingsmonitor.changes.DeliveryComparer;
import nl.besparingsmonitor.changes.DeliveryComparison;
import nl.besparingsmonitor.changes.DeliveryVersion;
import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.report.ReportContext;
import nl.besparingsmonitor.report.RunReports;
import nl.besparingsmonitor.report.RunSummaryWriter;
import nl.besparingsmonitor.store.CurrentFacts;
import nl.besparingsmonitor.store.ReceivedFileRecord;
import nl.besparingsmonitor.store.ReportState;
import nl.besparingsmonitor.store.RunRecords;

/** Writes the consolidated report, the extract of every municipality and the run summary of the run. */
@Component
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);
    private static final long MB = 1024 * 1024;
    /** Below this heap the municipal extracts are written one at a time ({@link #extractWriters}). */
    private static final long SMALL_HEAP_BYTES = 256 * MB;

    private final RunRecords runRecords;
    private final CurrentFacts currentFacts;
    private final LatestCalculation latest;
    private final MonitorProperties properties;
    private final ReportState reportState;

    ReportTasklet(RunRecords runRecords, CurrentFacts currentFacts, LatestCalculation latest,
                  MonitorProperties properties, ReportState reportState) {
        this.runRecords = runRecords;
        this.currentFacts = currentFacts;
        this.latest = latest;
        this.properties = properties;
        this.reportState = reportState;
    }

    /** What changed between each organisation's previous and current delivery. */
    private List<DeliveryComparison> compareDeliveries(CalculationInput input) {
        Map<String, Map<String, String>> measureNames = new HashMap<>();
        for (OrganisationFacts f : input.organisations()) {
            Map<String, String> names = measureNames.computeIfAbsent(f.organisation().code(), k -> new HashMap<>());
            f.measures().forEach(m -> names.put(m.number(), m.name()));
        }
        DeliveryComparer comparer = new DeliveryComparer(properties.horizonYear());
        return currentFacts.currentWithPrevious().stream()
                .map(p -> {
                    DeliveryVersion current = currentFacts.loadVersion(p.currentId());
                    return comparer.compare(currentFacts.loadVersion(p.previousId()), current,
                            measureNames.getOrDefault(current.organisation().code(), Map.of()));
                })
                .toList();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        Path output = Path.of(step.getJobExecution().getJobParameters().getString("output"));
        Instant runTime = Instant.ofEpochMilli(step.getJobExecution().getJobParameters().getLong("run.time"));
        String fingerprint = reportState.fingerprint(properties.tolerance(), properties.horizonYear(), ProgramVersion.get());
        LatestCalculation.Calculated calculated = latest.get(runId);
        if (calculated == null) {
            CalculationInput facts = currentFacts.load(properties.horizonYear(), properties.tolerance());
            calculated = new LatestCalculation.Calculated(facts, new SavingsCalculator().calculate(facts));
        }
        CalculationInput input = calculated.input();
        CalculationResult result = calculated.result();
        List<ReceivedFileRecord> files = runRecords.filesOfRun(runId);
        List<DeliveryComparison> changes = compareDeliveries(input);
        ReportContext context = new ReportContext(runId, runTime, input, result, files, properties.tolerance(),
                ProgramVersion.get(), changes, runRecords.currentFiles(),
                runRecords.outstandingRejections(runId));
        int writers = extractWriters(properties.extractThreads(), Runtime.getRuntime().maxMemory());
        if (writers < properties.extractThreads()) {
            log.info("Writing municipal extracts one at a time: the heap is under {} MB", SMALL_HEAP_BYTES / MB);
        }
        RunReports.Written written = RunReports.write(output, context, writers);
        long summaryStart = System.nanoTime();
        Path summary = RunSummaryWriter.write(output, runId, runTime, files, result, changes);
        Path report = written.report();
        log.info("Report written to {} ({} s) and {} municipal extracts meanwhile ({} s in all), run summary to {} ({} s)",
                report, seconds(written.reportNanos()), written.extracts().size(), seconds(written.totalNanos()),
                summary, seconds(System.nanoTime() - summaryStart));
        reportState.save(output.toString(), fingerprint, runId, report.toString());
        step.getJobExecution().getExecutionContext().putString(RunLogListener.REPORT_PATH, report.toString());
        return RepeatStatus.FINISHED;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /**
     * One extract writer in a heap under 256 MB. Measured on the benchmark's 744 files with -Xmx192m,
     * runs alternating: with two writers the job ran out of heap in the report step three times out of
     * three (after the JVM's 'Retried waiting for GCLocker too often': G1 cannot collect while a
     * writer's Deflater is in a JNI critical region), with one it completed three times out of three.
     */
    static int extractWriters(int configured, long maxHeapBytes) {
        int writers = Math.max(1, configured);
        return maxHeapBytes < SMALL_HEAP_BYTES ? 1 : writers;
    }
}
