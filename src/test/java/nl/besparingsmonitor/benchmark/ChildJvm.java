package nl.besparingsmonitor.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a child JVM with a GC log and measures its wall time (start to exit) and heap.
 *
 * <p>Heap comes from the unified GC log ({@code -Xlog:gc,gc+init,gc+heap+exit}): every collection logs
 * {@code before->after(committed)}. {@link GcStats#peakAfterGcMb()} is the largest heap occupancy
 * right after a collection, an upper bound of the live set and so of the heap the work needs. G1's
 * {@code Pause Remark} and {@code Pause Cleanup} log the same form but free nothing (their "after"
 * still holds every young object, garbage included), so they count as occupancy readings, not as
 * collections;
 * {@link GcStats#peakUsedMb()} is the largest occupancy ever logged (before a collection, or at
 * exit), which mostly shows how far the collector let the heap fill up under -Xmx.
 */
final class ChildJvm {

    record GcStats(double peakAfterGcMb, double peakUsedMb, int collections, String collector) {
        static final GcStats NONE = new GcStats(0, 0, 0, "?");
    }

    /** @param cpu CPU seconds by thread group, sampled while the child ran ({@link ThreadCpu}); empty off Linux */
    record Result(int exitCode, double seconds, GcStats gc, Path gcLog, Path output, boolean timedOut,
                  List<ThreadCpu.Sample> cpu) {
        boolean ok() {
            return exitCode == 0 && !timedOut;
        }
    }

    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern NOT_A_COLLECTION = Pattern.compile("Pause (Remark|Cleanup)");
    private static final Pattern EXIT_HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern USING = Pattern.compile("Using (\\S+)");
    /** The wall-clock decoration ({@code time}) that starts each line, to match the GC log against the job's log. */
    private static final Pattern TIME = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4})\\]");
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private ChildJvm() {
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classpath of this test run (Surefire runs tests through a manifest-only jar and names the real one here). */
    static String testClasspath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /**
     * Runs {@code java <jvmArgs> -Xlog:... <command>} in {@code dir}, stdout and stderr into
     * {@code dir/<name>.log}, the GC log into {@code dir/<name>-gc.log}.
     */
    static Result run(String name, Path dir, List<String> jvmArgs, List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path gcLog = dir.resolve(name + "-gc.log").toAbsolutePath();
        Path output = dir.resolve(name + ".log").toAbsolutePath();
        Files.deleteIfExists(gcLog);
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin());
        cmd.addAll(jvmArgs);
        cmd.add("-Xlog:gc,gc+init,gc+heap+exit:file=" + gcLog + ":time,uptime");
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        long start = System.nanoTime();
        Process process = pb.start();
        ThreadCpu cpu = ThreadCpu.watch(process);
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(finished ? process.exitValue() : -1, seconds, parseGcLog(gcLog), gcLog, output, !finished,
                cpu.stop());
    }

    static GcStats parseGcLog(Path gcLog) throws IOException {
        return parseGcLog(gcLog, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * The heap of part of a run, such as one step: only the collections logged between two moments
     * (epoch milliseconds). {@link GcStats#NONE} when none was logged then: the part needed too little
     * heap for a collection, and the log cannot tell how much.
     */
    static GcStats parseGcLog(Path gcLog, long fromMillis, long toMillis) throws IOException {
        if (!Files.exists(gcLog)) {
            return GcStats.NONE;
        }
        boolean wholeRun = fromMillis == Long.MIN_VALUE && toMillis == Long.MAX_VALUE;
        double after = 0;
        double used = 0;
        int collections = 0;
        String collector = "?";
        for (String line : Files.readAllLines(gcLog, StandardCharsets.ISO_8859_1)) {
            if (!wholeRun && !loggedBetween(line, fromMillis, toMillis)) {
                continue;
            }
            Matcher using = USING.matcher(line);
            if (collector.equals("?") && using.find()) {
                collector = using.group(1);
            }
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                used = Math.max(used, mb(m.group(1), m.group(2)));
                if (!NOT_A_COLLECTION.matcher(line).find()) {
                    collections++;
                    after = Math.max(after, mb(m.group(3), m.group(4)));
                }
            }
            Matcher exit = EXIT_HEAP.matcher(line);
            if (exit.find()) {
                used = Math.max(used, Long.parseLong(exit.group(2)) / 1024.0);
            }
        }
        return collections == 0 && !wholeRun ? GcStats.NONE : new GcStats(round(after), round(used), collections, collector);
    }

    private static boolean loggedBetween(String line, long fromMillis, long toMillis) {
        Matcher time = TIME.matcher(line);
        if (!time.find()) {
            return false;
        }
        long millis = OffsetDateTime.parse(time.group(1), TIME_FORMAT).toInstant().toEpochMilli();
        return millis >= fromMillis && millis <= toMillis;
    }

    private static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join(File.separator.equals("/") ? "\n" : "\r\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output: " + e + ")";
        }
    }
}
