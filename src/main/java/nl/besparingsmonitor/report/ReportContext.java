package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.SavingsCalculator;
import nl.besparingsmonitor.changes.DeliveryComparison;
import nl.besparingsmonitor.store.OutstandingRejection;
import nl.besparingsmonitor.store.ReceivedFileRecord;

/**
 * Everything the consolidated report shows about one run.
 *
 * @param input the facts that were calculated (measure metadata, keys, names)
 * @param files every file received in this run, with its outcome and messages
 * @param tolerance of the monitoring status; null means the calculation's default (5%)
 * @param changes per organisation and workbook kind, what changed since its previous delivery
 *                (empty when no organisation has delivered twice)
 * @param currentFiles the accepted files whose versions the figures rest on, whichever run loaded
 *                     them, with their warnings ('Over dit rapport' lists them; the Validatie sheet
 *                     lists the warnings of those loaded in earlier runs after this run's files)
 * @param outstandingRejections rejected deliveries of earlier runs that were newer than the figures
 *                              the report shows, or that left an organisation it knows without
 *                              figures of their kind
 */
public record ReportContext(long runId, Instant runTime, CalculationInput input, CalculationResult result,
                            List<ReceivedFileRecord> files, BigDecimal tolerance, String programVersion,
                            List<DeliveryComparison> changes, List<ReceivedFileRecord> currentFiles,
                            List<OutstandingRejection> outstandingRejections) {

    public ReportContext {
        changes = changes == null ? List.of() : List.copyOf(changes);
        currentFiles = currentFiles == null ? List.of() : List.copyOf(currentFiles);
        outstandingRejections = outstandingRejections == null ? List.of() : List.copyOf(outstandingRejections);
        tolerance = tolerance == null ? SavingsCalculator.DEFAULT_TOLERANCE : tolerance;
    }

    /** A context without delivery comparisons: callers that predate them (benchmarks, tools) keep compiling. */
    public ReportContext(long runId, Instant runTime, CalculationInput input, CalculationResult result,
                         List<ReceivedFileRecord> files, BigDecimal tolerance, String programVersion) {
        this(runId, runTime, input, result, files, tolerance, programVersion, List.of(), List.of(), List.of());
    }
}
