package nl.besparingsmonitor.run;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import nl.besparingsmonitor.calculation.CalculationResult;

/**
 * Hands the calculation result of a run from the calculate step to the report step within one
 * process. A restarted report step finds nothing here and recalculates from the stored facts,
 * which gives the same figures.
 */
@Component
class LatestCalculation {

    private record Entry(long runId, CalculationResult result) {
    }

    private final AtomicReference<Entry> latest = new AtomicReference<>();

    void put(long runId, CalculationResult result) {
        latest.set(new Entry(runId, result));
    }

    CalculationResult get(long runId) {
        Entry e = latest.get();
        return e != null && e.runId() == runId ? e.result() : null;
    }
}
