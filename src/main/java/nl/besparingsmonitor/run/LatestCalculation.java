package nl.besparingsmonitor.run;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;

/**
 * Hands the facts and the calculation result of a run from the calculate step to the report step
 * within one process, so the facts are loaded once. A restarted report step finds nothing here and
 * recalculates from the stored facts, which gives the same figures.
 */
@Component
class LatestCalculation {

    /** The facts a run calculated with, and what came out. */
    record Calculated(CalculationInput input, CalculationResult result) {
    }

    private record Entry(long runId, Calculated calculated) {
    }

    private final AtomicReference<Entry> latest = new AtomicReference<>();

    void put(long runId, Calculated calculated) {
        latest.set(new Entry(runId, calculated));
    }

    Calculated get(long runId) {
        Entry e = latest.get();
        return e != null && e.runId() == runId ? e.calculated() : null;
    }
}
