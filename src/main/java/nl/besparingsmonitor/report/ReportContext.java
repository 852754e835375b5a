package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.store.ReceivedFileRecord;

/**
 * Everything the consolidated report shows about one run.
 *
 * @param input the facts that were calculated (measure metadata, keys, names)
 * @param files every file received in this run, with its outcome and messages
 */
public record ReportContext(long runId, Instant runTime, CalculationInput input, CalculationResult result,
                            List<ReceivedFileRecord> files, BigDecimal tolerance, String programVersion) {
}
