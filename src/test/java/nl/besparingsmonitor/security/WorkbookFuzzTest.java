package nl.besparingsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Workbooks;
import nl.besparingsmonitor.validation.FeedbackWorkbook;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * Bounded fuzzing of the workbook reader: a fixed number of mutated sample workbooks, each of which
 * must end accepted, or rejected with at least one message, without an exception escaping, without
 * an unforeseen failure ({@link WorkbookParser#UNEXPECTED}) and within the per-file time limit. A
 * good workbook in the same folder must still load afterwards.
 *
 * <p>Replay: every case prints its seed. {@code -Dfuzz.seed=<n>} sets the base seed (default fixed,
 * so the build is repeatable; {@code -Dfuzz.seed=random} explores), {@code -Dfuzz.cases=<n>} the count,
 * and {@code -Dfuzz.case=<seed>} runs exactly one case.
 */
class WorkbookFuzzTest {

    static final long DEFAULT_SEED = 20_250_301L;
    static final Duration PER_FILE_LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    static long baseSeed() {
        String s = System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED));
        return "random".equals(s) ? System.nanoTime() : Long.parseLong(s);
    }

    @Test
    void mutatedWorkbooksAreAcceptedOrRejectedWithAMessageAndNeverBreakTheReader() throws Exception {
        ReadLimits limits = ReadLimits.defaults().withMaxTimePerFile(PER_FILE_LIMIT);
        WorkbookParser parser = new WorkbookParser(limits);
        Path good = Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(dir, "goed.xlsx");
        Fuzzer fuzzer = new Fuzzer(Files.createDirectories(dir.resolve("work")));
        long base = baseSeed();
        int cases = Integer.getInteger("fuzz.cases", 600);
        String single = System.getProperty("fuzz.case");
        System.out.println("[fuzz] base seed " + base + ", " + cases + " cases (replay one with -Dfuzz.case=<seed>)");

        List<String> failures = new ArrayList<>();
        Map<String, int[]> outcomes = new TreeMap<>();
        long started = System.nanoTime();
        long slowest = 0;
        for (int i = 0; i < (single != null ? 1 : cases); i++) {
            long seed = single != null ? Long.parseLong(single) : base + i;
            Fuzzer.Case c = fuzzer.generate(seed);
            Path file = Files.write(dir.resolve("geval.xlsx"), c.bytes());
            long t0 = System.nanoTime();
            ParsedWorkbook parsed;
            try {
                parsed = parser.parse(file);
            } catch (Throwable e) {
                failures.add("seed " + seed + " (" + c.mutation() + "): exception escaped: " + e);
                continue;
            }
            long took = System.nanoTime() - t0;
            slowest = Math.max(slowest, took);
            String problem = problem(parsed, took);
            if (problem == null && !parsed.accepted() && i % 10 == 0) {
                problem = feedbackProblem(parsed);
            }
            if (problem != null) {
                failures.add("seed " + seed + " (" + c.mutation() + "): " + problem);
            }
            outcomes.computeIfAbsent(c.mutation(), k -> new int[2])[parsed.accepted() ? 0 : 1]++;
            if (i % 50 == 49 && !parser.parse(good).accepted()) {
                failures.add("after seed " + seed + ": the good workbook no longer loads");
            }
        }
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        StringBuilder summary = new StringBuilder("[fuzz] " + total.toMillis() + " ms, slowest case "
                + slowest / 1_000_000 + " ms; accepted/rejected per mutation:");
        outcomes.forEach((k, v) -> summary.append(' ').append(k).append('=').append(v[0]).append('/').append(v[1]));
        System.out.println(summary);
        failures.forEach(f -> System.out.println("[fuzz] FAIL " + f));

        assertThat(failures).isEmpty();
        ParsedWorkbook stillGood = parser.parse(good);
        assertThat(stillGood.accepted()).as("good workbook after fuzzing: %s", stillGood.issues()).isTrue();
    }

    /** What is wrong with an outcome, or null. */
    static String problem(ParsedWorkbook parsed, long nanos) {
        if (Duration.ofNanos(nanos).compareTo(PER_FILE_LIMIT) >= 0) {
            return "took " + nanos / 1_000_000 + " ms, limit " + PER_FILE_LIMIT.toMillis() + " ms";
        }
        // a sender reads each problem once: the same message for the same cell twice means a cell was read twice
        Set<ValidationIssue> distinct = new HashSet<>();
        for (ValidationIssue issue : parsed.issues()) {
            if (!distinct.add(issue)) {
                return "the same message twice: " + issue;
            }
        }
        if (parsed.accepted()) {
            return parsed.errors() == 0 ? null : "accepted with errors " + parsed.issues();
        }
        if (parsed.issues().stream().noneMatch(ValidationIssue::isError)) {
            return "rejected without an error message: " + parsed.issues();
        }
        for (ValidationIssue issue : parsed.issues()) {
            if (WorkbookParser.UNEXPECTED.equals(issue.rule())) {
                return "unforeseen failure " + issue.value() + " (stack trace in the log above)";
            }
            if (issue.message() == null || issue.message().isBlank() || issue.rule() == null) {
                return "message without text or rule: " + issue;
            }
        }
        return null;
    }

    /** The feedback workbook of a rejected file must be writable whatever the messages contain. */
    private String feedbackProblem(ParsedWorkbook parsed) {
        try {
            Path written = FeedbackWorkbook.write(dir.resolve("rejected"), "geval.xlsx", true, parsed.issues());
            Files.delete(written);
            return null;
        } catch (Exception | Error e) {
            return "feedback workbook failed: " + e;
        }
    }
}
