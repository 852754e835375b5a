package nl.besparingsmonitor.run;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.store.FactStore;

/**
 * The nightly consolidation job {@code consolidatie}: ingest every inbox workbook (each file stored
 * whole or not at all), skip the rest when nothing changed, else calculate and write the report. Folders arrive as job parameters so that a
 * restarted run works on exactly the same folders.
 */
@Configuration
class ConsolidationJobConfiguration {

    static final String JOB_NAME = "consolidatie";

    @Bean
    @StepScope
    InboxItemReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox,
                                @Value("#{jobParameters['" + InboxItemReader.SETTLE_PARAMETER + "']}") Long settleMillis) {
        return new InboxItemReader(Path.of(inbox), Duration.ofMillis(settleMillis == null ? 0 : settleMillis));
    }

    @Bean
    WorkbookParser workbookParser(MonitorProperties properties) {
        return new WorkbookParser(properties.limits().toReadLimits());
    }

    @Bean
    @StepScope
    WorkbookIngestProcessor ingestProcessor(FactStore store, WorkbookParser parser) {
        return new WorkbookIngestProcessor(store, parser);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(FactStore store, MonitorProperties properties,
                              @Value("#{jobParameters['rejected']}") String rejected,
                              @Value("#{jobParameters['output']}") String output) {
        return new IngestWriter(store, Path.of(rejected), Path.of(output).resolve("terugkoppeling"),
                properties.limits().maxMarkedCopyBytes());
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    InboxItemReader inboxReader, WorkbookIngestProcessor ingestProcessor, IngestWriter ingestWriter,
                    MonitorProperties properties) {
        // A chunk holds one file per worker thread: its files are read and validated concurrently, then
        // stored one after the other in the chunk's transaction. Every file is stored whole or not at
        // all, and a restart resumes after the last committed chunk.
        int threads = Math.max(1, properties.ingestThreads());
        var step = new StepBuilder("ingest", jobRepository)
                .<InboxItemReader.Item, IngestResult>chunk(threads)
                .reader(inboxReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .listener(ingestWriter)
                .transactionManager(transactionManager);
        if (threads > 1) {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
            executor.setConcurrencyLimit(threads);
            executor.setTaskDecorator(RunLogListener::withRunId);
            step.taskExecutor(executor);
        }
        return step.build();
    }

    @Bean
    Step calculateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       CalculationTasklet calculationTasklet) {
        return new StepBuilder("calculate", jobRepository)
                .tasklet(calculationTasklet, transactionManager)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ReportTasklet reportTasklet) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .build();
    }

    @Bean
    Job consolidationJob(JobRepository jobRepository, Step ingestStep, ChangeDecider changeDecider,
                         Step calculateStep, Step reportStep, RunLogListener runLog) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runLog)
                .start(ingestStep)
                .next(changeDecider).on(ChangeDecider.NO_CHANGE.getName()).end()
                .from(changeDecider).on("*").to(calculateStep).next(reportStep)
                .end()
                .build();
    }
}
