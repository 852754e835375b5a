package nl.besparingsmonitor.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Future;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
        return new WorkbookParser(properties.limits().toReadLimits(properties.ingestThreads(),
                Runtime.getRuntime().maxMemory()));
    }

    @Bean
    @StepScope
    ReadAhead ingestProcessor(FactStore store, WorkbookParser parser, InboxItemReader inboxReader,
                              MonitorProperties properties) {
        return new ReadAhead(new WorkbookIngestProcessor(store, parser), inboxReader, properties.ingestThreads(),
                filesReadAhead(properties.ingestThreads(), Runtime.getRuntime().maxMemory()));
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
                    InboxItemReader inboxReader, ReadAhead ingestProcessor, IngestWriter ingestWriter,
                    MonitorProperties properties) {
        // Files are read on worker threads, ahead of their chunk, while the step's own thread stores the ones
        // read before them (ReadAhead); a chunk's files are stored in one transaction, so every file is stored
        // whole or not at all, and a restart resumes after the last committed chunk. Largest files come first
        // (InboxItemReader).
        return new StepBuilder("ingest", jobRepository)
                .<InboxItemReader.Item, Future<IngestResult>>chunk(filesPerChunk(properties.ingestThreads()))
                .reader(inboxReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .listener(ingestWriter)
                .listener(ingestProcessor)
                .transactionManager(transactionManager)
                .build();
    }

    /** Enough files per chunk to keep every worker busy while the files before them are stored. */
    static int filesPerChunk(int threads) {
        return Math.max(8, 4 * Math.max(1, threads));
    }

    /**
     * Files read ahead of the chunk being stored: enough for the other workers to keep busy while one reads
     * a large ledger (the largest file comes first and is stored first). Warm, on the benchmark inbox, 2
     * threads against 1: 1.51x with 64 per thread, 1.56x with 128, 1.60x with 256. A parsed workbook holds
     * its facts and at most 1,000 messages: a rejected workbook with 10,000 errors measured 290 KB. So that
     * an inbox of such files cannot exhaust a small heap, the files read ahead never take more than a
     * quarter of it, counted at that worst case.
     */
    static int filesReadAhead(int threads, long maxHeapBytes) {
        int workers = Math.max(1, threads);
        long worstCaseFitting = maxHeapBytes / 4 / WORST_PARSED_WORKBOOK_BYTES;
        return (int) Math.max(workers, Math.min(128L * workers, worstCaseFitting));
    }

    private static final long WORST_PARSED_WORKBOOK_BYTES = 300 * 1024;

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
