package nl.besparingsmonitor.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.test.context.TestComponent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the real consolidatie job on temporary folders, as the job functional tests do. */
@TestComponent
class JobRunner {

    record Folders(Path inbox, Path output, Path rejected) {
        static Folders under(Path root) throws IOException {
            return new Folders(Files.createDirectories(root.resolve("inbox")), root.resolve("output"), root.resolve("rejected"));
        }
    }

    private final JobOperatorTestUtils jobs;

    JobRunner(JobOperator operator, JobRepository repository, Job consolidationJob) {
        jobs = new JobOperatorTestUtils(operator, repository);
        jobs.setJob(consolidationJob);
    }

    JobExecution run(Folders folders) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString("inbox", folders.inbox().toString())
                .addString("output", folders.output().toString())
                .addString("rejected", folders.rejected().toString())
                .addLong("run.time", System.nanoTime())
                .toJobParameters();
        return jobs.startJob(parameters);
    }

    JsonNode summary(Folders folders) throws IOException {
        return JsonMapper.builder().build().readTree(folders.output().resolve("run-summary.json").toFile());
    }

    static JsonNode fileEntry(JsonNode summary, String name) {
        for (JsonNode f : summary.get("files")) {
            if (f.get("file").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no entry for " + name + " in the run summary");
    }
}
