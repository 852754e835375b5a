package nl.besparingsmonitor.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of a child JVM split by who used it: the application's threads, the JIT compilers and
 * the garbage collector. On a 2-core machine the JIT compilers of a short run can take most of the
 * second core, which is what a second worker thread would need; this makes that visible.
 *
 * <p>Reads {@code /proc/<pid>/task/<tid>/stat} (Linux only; elsewhere it records nothing) every
 * 200 ms while the child runs, keeping the last value seen per thread, so a thread that ends keeps
 * the time it used. Thread names are the kernel's (15 characters): HotSpot names its compiler
 * threads "C1 CompilerThre…"/"C2 CompilerThre…" and its collector threads "GC Thread#n", "G1 …"
 * and "VM Thread" (which runs the stop-the-world phases).
 */
final class ThreadCpu {

    /** Clock ticks per second of utime/stime in /proc (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;
    private static final long PERIOD_MILLIS = 200;

    /** Cumulative CPU seconds per group at one moment (epoch milliseconds). */
    record Sample(long epochMillis, double app, double jit, double gc) {
        double total() {
            return app + jit + gc;
        }
    }

    private final long pid;
    private final Map<String, Usage> threads = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private record Usage(String group, long ticks) {
    }

    private ThreadCpu(long pid) {
        this.pid = pid;
        this.poller = new Thread(this::poll, "thread-cpu-" + pid);
        poller.setDaemon(true);
    }

    static ThreadCpu watch(Process process) {
        ThreadCpu cpu = new ThreadCpu(process.pid());
        cpu.poller.start();
        return cpu;
    }

    /** Stops polling and returns the samples, oldest first; empty when /proc could not be read. */
    List<Sample> stop() throws InterruptedException {
        running = false;
        poller.join();
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void poll() {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        while (running && Files.isDirectory(tasks)) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
                for (Path task : dir) {
                    read(task);
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between the check and the listing
            }
            record();
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void read(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"), StandardCharsets.ISO_8859_1);
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String name = stat.substring(open + 1, close);
            // after ") ": state is field 3; utime and stime are fields 14 and 15
            String[] fields = stat.substring(close + 2).trim().split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            threads.put(task.getFileName().toString(), new Usage(group(name), ticks));
        } catch (IOException | RuntimeException e) {
            // the thread ended: its last reading stays
        }
    }

    private void record() {
        double app = 0;
        double jit = 0;
        double gc = 0;
        for (Usage u : threads.values()) {
            switch (u.group()) {
                case "jit" -> jit += u.ticks() / TICKS;
                case "gc" -> gc += u.ticks() / TICKS;
                default -> app += u.ticks() / TICKS;
            }
        }
        synchronized (samples) {
            samples.add(new Sample(System.currentTimeMillis(), app, jit, gc));
        }
    }

    static String group(String threadName) {
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
            return "gc";
        }
        return "app";
    }

    /**
     * CPU seconds per group between two moments (from the last sample at or before {@code from} to the
     * first at or after {@code to}) and the cores that kept busy on average; empty without samples.
     */
    static Map<String, Object> between(List<Sample> samples, long from, long to) {
        if (samples.isEmpty()) {
            return Map.of();
        }
        Sample start = samples.get(0);
        Sample end = samples.get(samples.size() - 1);
        for (Sample s : samples) {
            if (s.epochMillis() <= from) {
                start = s;
            }
        }
        for (int i = samples.size() - 1; i >= 0; i--) {
            if (samples.get(i).epochMillis() >= to) {
                end = samples.get(i);
            }
        }
        Map<String, Object> m = seconds(end.app() - start.app(), end.jit() - start.jit(), end.gc() - start.gc());
        double wall = (end.epochMillis() - start.epochMillis()) / 1000.0;
        if (wall > 0) {
            m.put("cores_busy", ChildJvm.round((end.total() - start.total()) / wall));
        }
        return m;
    }

    /** The whole run: what the last sample saw; empty without samples. */
    static Map<String, Object> total(List<Sample> samples, double wallSeconds) {
        if (samples.isEmpty()) {
            return Map.of();
        }
        Sample last = samples.get(samples.size() - 1);
        Map<String, Object> m = seconds(last.app(), last.jit(), last.gc());
        if (wallSeconds > 0) {
            m.put("cores_busy", ChildJvm.round(last.total() / wallSeconds));
        }
        return m;
    }

    private static Map<String, Object> seconds(double app, double jit, double gc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("app", ChildJvm.round(app));
        m.put("jit", ChildJvm.round(jit));
        m.put("gc", ChildJvm.round(gc));
        return m;
    }
}
