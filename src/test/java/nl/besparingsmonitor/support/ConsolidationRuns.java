package nl.besparingsmonitor.support;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the real consolidatie job on a folder, with {@code <root>/output} and {@code <root>/rejected}
 * as output folders, and reads back its run summary.
 */
public final class ConsolidationRuns {

    private final JobOperator jobOperator;
    private final Job job;
    private final Path root;

    public ConsolidationRuns(JobOperator jobOperator, Job job, Path root) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.root = root;
    }

    public JobExecution run(Path inbox) throws Exception {
        return jobOperator.start(job, new JobParametersBuilder()
                .addString("inbox", inbox.toAbsolutePath().toString())
                .addString("output", output().toString())
                .addString("rejected", rejected().toString())
                .addLong("run.time", System.nanoTime())
                .toJobParameters());
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path rejected() {
        return root.resolve("rejected");
    }

    public JsonNode summary() throws IOException {
        return JsonMapper.builder().build().readTree(output().resolve("run-summary.json").toFile());
    }

    /** The entry of one file in a run summary. */
    public static JsonNode fileEntry(JsonNode summary, String name) {
        for (JsonNode f : summary.get("files")) {
            if (f.get("file").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no entry for " + name);
    }
}
