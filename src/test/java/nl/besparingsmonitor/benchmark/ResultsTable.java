package nl.besparingsmonitor.benchmark;

import static nl.besparingsmonitor.benchmark.BenchmarkRunner.cast;

import java.util.Map;

/** Renders results.json as the Markdown of results.md. */
final class ResultsTable {

    private ResultsTable() {
    }

    static String markdown(Map<String, Object> results) {
        Map<String, Object> config = cast(results.get("config"));
        StringBuilder md = new StringBuilder();
        md.append("# Besparingsmonitor benchmark\n\n");
        md.append(String.format("Scale %s: %s municipalities, %s regions, %s files, %s booking rows (%s per file, one file of %s), "
                        + "%s MB of xlsx, generated in %s s. Java %s, %s CPUs, %s.%n%n",
                config.get("scale"), config.get("municipalities"), config.get("regions"), config.get("files"),
                config.get("booking_rows"), config.get("bookings_per_file"), config.get("large_file_bookings"),
                config.get("input_mb"), config.get("generate_seconds"), config.get("java"), config.get("cpus"),
                config.get("date")));
        md.append("| measure | seconds | peak heap MB (after GC) | max heap used MB | -Xmx | cells | booking/sheet rows | files | how |\n");
        md.append("|---|---:|---:|---:|---|---:|---:|---:|---|\n");
        row(md, "floor", cast(results.get("floor")), "unzip + no-op JDK SAX over every worksheet and sharedStrings.xml, counting cells (child JVM, timed inside)");
        row(md, "usermodel", cast(results.get("usermodel")), "POI XSSFWorkbook per file, every cell's value read (child JVM, timed inside)");
        row(md, "ingest", cast(results.get("ingest")), "the job's ingest step (read, validate, normalise, store) with 1 thread, "
                + "fresh db, step time from the job log (= threads 1); heap: collections during the step (whole run, report "
                + "included: " + cast(results.get("ingest")).get("run_peak_heap_mb") + " MB)");
        row(md, "ingest probe", cast(results.get("ingest_probe")), "in-process: hash + WorkbookParser.parse + FactStore in one tx "
                + "per file, HSQLDB file db, 1 thread (child JVM, timed inside): the split below");
        row(md, "full", cast(results.get("full")), "`java -jar` consolidatie job, fresh db: process start to exit");
        row(md, "nochange", cast(results.get("nochange")), "same job again, nothing changed");
        row(md, "onechange", cast(results.get("onechange")), "again after one Realisatie replaced by a newer Peildatum");
        Map<String, Object> aged = cast(results.get("nochange_after_a_year"));
        row(md, "(diagnostic) nochange after a year", aged, "again with nothing changed, after " + aged.get("history_receipts")
                + " skipped receipts were added for " + aged.get("history_runs") + " earlier runs (a year at four runs a day)");
        Map<String, Object> threads = cast(results.get("threads"));
        row(md, "threads 1", cast(threads.get("1")), "the job's ingest step with `--monitor.ingest-threads=1`, fresh db (step time from the job log)");
        row(md, "threads 2", cast(threads.get("2")), "the same step with 2 threads (the full run); speedup " + threads.get("speedup") + "x");
        row(md, "(diagnostic) warm parse 1 thread", cast(threads.get("warm_parse_1_thread")),
                "WorkbookParser.parse over all files, third pass in one JVM (JIT warmed up), no store");
        row(md, "(diagnostic) warm parse 2 threads", cast(threads.get("warm_parse_2_threads")),
                "the same on 2 threads: speedup " + threads.get("warm_parse_speedup") + "x");
        row(md, "(control) floor 2 threads", cast(threads.get("floor_2_threads")),
                "floor with 2 threads taking files from one queue, largest first: speedup " + threads.get("floor_speedup")
                        + "x, what the machine gave");
        Map<String, Object> atScale = cast(threads.get("at_largest_growth"));
        if (!atScale.isEmpty()) {
            Object factor = atScale.get("booking_factor");
            row(md, "(diagnostic) threads 1 at " + factor + "x", cast(atScale.get("1")),
                    "the job's ingest step with 1 thread on the growth " + factor + "x input, fresh db");
            row(md, "(diagnostic) threads 2 at " + factor + "x", cast(atScale.get("2")),
                    "the same step with 2 threads (the growth " + factor + "x run): speedup " + atScale.get("speedup") + "x");
        }
        Map<String, Object> growth = cast(results.get("growth"));
        for (String k : new String[] {"1x", "2x", "4x"}) {
            Map<String, Object> run = cast(growth.get(k));
            if (!run.isEmpty()) {
                row(md, "growth " + k, run, "full job on a fresh db, " + run.getOrDefault("us_per_booking_row", "?")
                        + " us per booking row (ingest step alone " + run.getOrDefault("ingest_us_per_booking_row", "?")
                        + ", reading the Boekingen sheets " + run.getOrDefault("booking_read_us_per_row", "?") + ")"
                        + ("1x".equals(k) ? " (the full run)"
                        : ", marginal " + run.getOrDefault("marginal_us_per_booking_row", "?") + " us per extra row vs 1x"));
            }
        }
        cast(growth.get("heap_needed")).forEach((k, v) -> {
            Map<String, Object> run = cast(v);
            row(md, "(diagnostic) smallest heap " + k, run, "the full job on a fresh db in the smallest heap of "
                    + BenchmarkRunner.HEAP_LADDER_MB + " MB it completes in" + (run.containsKey("xmx_mb") ? "" : " (none)")
                    + ("1x".equals(k) ? "" : ", trying from the 1x figure up") + "; tried: " + run.get("tried"));
        });
        Map<String, Object> ingest = cast(results.get("ingest_probe"));
        md.append("\nIngest probe split (1 thread): hash ").append(ingest.get("hash_seconds")).append(" s, parse ")
                .append(ingest.get("parse_seconds")).append(" s, store ").append(ingest.get("store_seconds")).append(" s. ")
                .append("CPU seconds of the whole process in the timed section (all threads: workers, JIT compilers, GC): floor ")
                .append(cast(results.get("floor")).get("cpu_seconds")).append(", ingest ").append(ingest.get("cpu_seconds"))
                .append(" (").append(ingest.get("cores_busy")).append(" cores busy with one worker thread).\n");
        md.append("\nCPU seconds by thread group, application / JIT compilers / GC (cores busy on average): full run ")
                .append(cpu(cast(cast(results.get("full")).get("cpu_by_thread_group"))))
                .append("; its ingest step (2 threads) ").append(cpu(cast(cast(threads.get("2")).get("ingest_cpu_by_thread_group"))))
                .append("; ingest step with 1 thread ").append(cpu(cast(cast(threads.get("1")).get("ingest_cpu_by_thread_group"))))
                .append(". From /proc, sampled every 200 ms.\n");
        Map<String, Object> warmJob = cast(threads.get("warm_job"));
        if (warmJob.containsKey("ingest_seconds_1_thread")) {
            md.append("\nThreads in a warmed-up JVM, as in service mode from its second run on (the whole job ")
                    .append(BenchmarkRunner.WARM_JOB_RUNS).append(" times in one JVM, fresh database each, 2 and 1 threads ")
                    .append("alternating, first two runs as warm-up, fastest ingest step of the rest): 1 thread ")
                    .append(warmJob.get("ingest_seconds_1_thread")).append(" s, 2 threads ")
                    .append(warmJob.get("ingest_seconds_2_threads")).append(" s: speedup ")
                    .append(threads.get("warm_job_speedup")).append("x.\n");
        }
        md.append("\nJob steps (s): ");
        for (String k : new String[] {"full", "nochange", "onechange"}) {
            md.append(k).append(' ').append(cast(results.get(k)).get("step_seconds")).append("; ");
        }
        md.append("\n\nRows: booking rows stored (job, ingest) or sheet rows parsed (floor, usermodel). ");
        md.append("Job rows also show `files_read` / `files_unchanged`, `recalculated`, `report_rewritten` in results.json.\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        cast(results.get("targets")).forEach((name, v) -> {
            Map<String, Object> t = cast(v);
            md.append("| ").append(name).append(" | ").append(t.get("measured")).append(" | ")
                    .append(Boolean.TRUE.equals(t.get("met")) ? "yes" : "**no**").append(" |\n");
        });
        md.append("\nHeap: from each child JVM's unified GC log (`-Xlog:gc,gc+init,gc+heap+exit`). *Peak heap (after GC)* is the largest "
                + "occupancy right after any collection, an upper bound of the live set (what the work needs). *Max heap used* is "
                + "the largest occupancy logged before a collection or at exit (how full the collector let the heap get).\n");
        appendErrors(md, results);
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Map<String, Object> m, String how) {
        md.append("| ").append(name)
                .append(" | ").append(v(m, "seconds"))
                .append(" | ").append(v(m, "peak_heap_mb"))
                .append(" | ").append(v(m, "heap_used_max_mb"))
                .append(" | ").append(v(m, "xmx"))
                .append(" | ").append(v(m, "cells"))
                .append(" | ").append(v(m, "rows"))
                .append(" | ").append(m.containsKey("files_read")
                        ? m.get("files") + " (" + m.get("files_read") + " read)" : v(m, "files"))
                .append(" | ").append(how).append(m.containsKey("error") ? " **FAILED**" : "")
                .append(" |\n");
    }

    private static String cpu(Map<String, Object> cpu) {
        if (cpu.isEmpty()) {
            return "(not measured)";
        }
        return cpu.get("app") + " / " + cpu.get("jit") + " / " + cpu.get("gc") + " (" + cpu.get("cores_busy") + ")";
    }

    private static String v(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o == null ? "" : String.valueOf(o);
    }

    private static void appendErrors(StringBuilder md, Map<String, Object> results) {
        StringBuilder errors = new StringBuilder();
        results.forEach((k, v) -> collect(k, cast(v), errors));
        if (errors.length() > 0) {
            md.append("\n## Failures\n\n").append(errors);
        }
    }

    private static void collect(String path, Map<String, Object> m, StringBuilder errors) {
        if (m.containsKey("error")) {
            errors.append("- ").append(path).append(": ```").append(String.valueOf(m.get("error")).replace("\n", " / "))
                    .append("```\n");
        }
        m.forEach((k, v) -> {
            if (v instanceof Map<?, ?>) {
                collect(path + "." + k, cast(v), errors);
            }
        });
    }
}
