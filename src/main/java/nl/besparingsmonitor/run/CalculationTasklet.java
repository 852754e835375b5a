package nl.besparingsmonitor.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.SavingsCalculator;
import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.store.CurrentFacts;
import nl.besparingsmonitor.store.ResultStore;

/** Runs the savings calculation over all current facts and stores its totals for the run. */
@Component
class CalculationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CalculationTasklet.class);

    private final CurrentFacts currentFacts;
    private final ResultStore results;
    private final LatestCalculation latest;
    private final MonitorProperties properties;

    CalculationTasklet(CurrentFacts currentFacts, ResultStore results, LatestCalculation latest,
                       MonitorProperties properties) {
        this.currentFacts = currentFacts;
        this.results = results;
        this.latest = latest;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        LatestCalculation.Calculated calculated = calculate();
        CalculationResult result = calculated.result();
        results.storeTotals(runId, result.totals());
        latest.put(runId, calculated);
        log.info("Calculated {} measure-year figures, {} totals, {} warnings", result.measureYearFigures().size(),
                result.totals().size(), result.warnings().size());
        return RepeatStatus.FINISHED;
    }

    LatestCalculation.Calculated calculate() {
        CalculationInput input = currentFacts.load(properties.horizonYear(), properties.tolerance());
        return new LatestCalculation.Calculated(input, new SavingsCalculator().calculate(input));
    }
}
