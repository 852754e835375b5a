package nl.besparingsmonitor.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import nl.besparingsmonitor.BesparingsmonitorApplication;
import nl.besparingsmonitor.excel.JdkXmlFactories;
import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.InboxScanner;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.RealisationFacts;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.store.FactStore;

/**
 * The in-process workloads of the benchmark, each run in its own child JVM so that its heap can be
 * measured from its GC log and its JIT starts cold like every other figure's.
 *
 * <pre>
 * Probe floor     INBOX RESULT.json [THREADS]
 * Probe usermodel INBOX RESULT.json
 * Probe ingest    INBOX RESULT.json DBDIR THREADS [organisation|file]
 * Probe warmparse INBOX RESULT.json THREADS
 * Probe warmjob   INBOX RESULT.json WORKDIR RUNS
 * </pre>
 * The timed section excludes JVM start-up (and, for ingest, opening and migrating the database).
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path inbox = Path.of(args[1]);
        Path result = Path.of(args[2]);
        List<Path> files = InboxScanner.scan(inbox);
        Map<String, Object> out = switch (mode) {
            case "floor" -> floor(files, args.length > 3 ? Integer.parseInt(args[3]) : 1);
            case "usermodel" -> usermodel(files);
            case "ingest" -> ingest(files, Path.of(args[3]), Integer.parseInt(args[4]),
                    args.length > 5 ? args[5] : "organisation");
            case "warmparse" -> warmParse(files, Integer.parseInt(args[3]));
            case "warmjob" -> warmJob(inbox, Path.of(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("Unknown probe " + mode);
        };
        Json.write(result, out);
    }

    // ------------------------------------------------------------------------------ floor

    /**
     * Unzip plus a no-op JDK SAX parse of every worksheet and the shared strings; counts cells and rows. No POI.
     * With more than one thread the files are taken from one queue, largest first, as the ingest step
     * hands them out: a control of how much parallel speed-up the machine gives at that moment, for the
     * threads figure. (Dealing them out round-robin in name order, as an earlier version did, gave one
     * thread every Realisatie file and the other every Voorstellen file: no control at all.)
     */
    static Map<String, Object> floor(List<Path> files, int threads) throws Exception {
        List<Path> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(BenchmarkGenerator::size).reversed());
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(largestFirst);
        long start = startTiming();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<CountingHandler>> parts = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    SAXParserFactory factory = SAXParserFactory.newInstance();
                    factory.setNamespaceAware(true);
                    SAXParser parser = factory.newSAXParser();
                    CountingHandler counts = new CountingHandler();
                    for (Path file; (file = queue.poll()) != null; ) {
                        floorFile(file, parser, counts);
                    }
                    return counts;
                }));
            }
            long cells = 0;
            long rows = 0;
            for (Future<CountingHandler> part : parts) {
                cells += part.get().cells;
                rows += part.get().rows;
            }
            Map<String, Object> out = result(start, files.size(), cells, rows);
            out.put("threads", threads);
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static void floorFile(Path file, SAXParser parser, CountingHandler counts) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml") || name.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parser.reset();
                        parser.parse(in, counts);
                    }
                }
            }
        }
    }

    static final class CountingHandler extends DefaultHandler {
        long cells;
        long rows;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("c".equals(localName)) {
                cells++;
            } else if ("row".equals(localName)) {
                rows++;
            }
        }
    }

    // ------------------------------------------------------------------------------ warm parse

    /**
     * {@link WorkbookParser#parse} over every file on {@code threads} threads, largest first, three times in
     * one JVM; only the third pass is timed (after one pass on 2 threads the compilers were still busy:
     * 1.39x, against 1.88x once they were done). A diagnostic for the threads figure: on two cores a cold run
     * shares the second core with the JIT compilers, a warm pass shows how far reading itself scales.
     */
    static Map<String, Object> warmParse(List<Path> files, int threads) throws Exception {
        List<Path> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(BenchmarkGenerator::size).reversed());
        WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long coldStart = System.nanoTime();
            int accepted = parseAll(largestFirst, parser, pool);
            double cold = (System.nanoTime() - coldStart) / 1e9;
            accepted = Math.min(accepted, parseAll(largestFirst, parser, pool));
            long start = startTiming();
            accepted = Math.min(accepted, parseAll(largestFirst, parser, pool));
            Map<String, Object> out = result(start, files.size(), null, 0);
            out.put("threads", threads);
            out.put("accepted", accepted);
            out.put("first_pass_seconds", Math.round(cold * 100) / 100.0);
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static int parseAll(List<Path> files, WorkbookParser parser, ExecutorService pool) throws Exception {
        List<Future<ParsedWorkbook>> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(pool.submit(() -> parser.parse(file)));
        }
        int accepted = 0;
        for (Future<ParsedWorkbook> p : parsed) {
            accepted += p.get().accepted() ? 1 : 0;
        }
        return accepted;
    }

    // ------------------------------------------------------------------------------ warm job

    /**
     * The application's whole {@code consolidatie} job {@code runs} times in this one JVM, each run on a fresh
     * database and output folder, with 2, 1, 2, 1, ... ingest threads. This is how service mode runs: the
     * JVM stays up, so every nightly run after the first finds the code compiled. The first two runs warm
     * up; of the others the fastest ingest step per thread count is reported (timed by Spring Batch).
     */
    static Map<String, Object> warmJob(Path inbox, Path workDir, int runs) throws Exception {
        JdkXmlFactories.pin();
        Map<Integer, List<Double>> ingestSeconds = new TreeMap<>();
        List<Map<String, Object>> all = new ArrayList<>();
        long start = startTiming();
        for (int run = 0; run < runs; run++) {
            int threads = run % 2 == 0 ? 2 : 1;
            Path dir = workDir.resolve("run-" + run);
            String[] args = {
                    "--monitor.inbox=" + inbox,
                    "--monitor.output=" + dir.resolve("output"),
                    "--monitor.rejected=" + dir.resolve("rejected"),
                    "--monitor.ingest-threads=" + threads,
                    "--spring.datasource.url=jdbc:hsqldb:file:" + dir.resolve("db").resolve("monitor")
                            + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true"};
            long t0 = System.nanoTime();
            try (ConfigurableApplicationContext context = SpringApplication.run(BesparingsmonitorApplication.class, args)) {
                double jobSeconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> step = new JdbcTemplate(context.getBean(DataSource.class)).queryForMap(
                        "SELECT START_TIME, END_TIME, STATUS, WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingest'");
                double seconds = Duration.between(((Timestamp) step.get("START_TIME")).toLocalDateTime(),
                        ((Timestamp) step.get("END_TIME")).toLocalDateTime()).toMillis() / 1000.0;
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("run", run + 1);
                r.put("threads", threads);
                r.put("ingest_seconds", seconds);
                r.put("job_seconds", Math.round(jobSeconds * 100) / 100.0);
                r.put("status", step.get("STATUS"));
                r.put("files_written", step.get("WRITE_COUNT"));
                all.add(r);
                if (run >= 2 && "COMPLETED".equals(step.get("STATUS"))) {
                    ingestSeconds.computeIfAbsent(threads, t -> new ArrayList<>()).add(seconds);
                }
            }
        }
        Map<String, Object> out = result(start, InboxScanner.scan(inbox).size(), null, 0);
        for (Map.Entry<Integer, List<Double>> e : ingestSeconds.entrySet()) {
            out.put("ingest_seconds_" + e.getKey() + "_thread" + (e.getKey() == 1 ? "" : "s"), Collections.min(e.getValue()));
        }
        out.put("runs", all);
        return out;
    }

    // ------------------------------------------------------------------------------ usermodel

    /** Every sheet of every file through POI's XSSFWorkbook (the DOM-like usermodel), reading every cell's value. */
    static Map<String, Object> usermodel(List<Path> files) throws Exception {
        long cells = 0;
        long rows = 0;
        long sink = 0;
        long start = startTiming();
        for (Path file : files) {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XSSFWorkbook wb = new XSSFWorkbook(pkg);
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        rows++;
                        for (Cell cell : row) {
                            cells++;
                            sink += switch (cell.getCellType()) {
                                case NUMERIC -> (long) cell.getNumericCellValue();
                                case STRING -> cell.getStringCellValue().length();
                                case BOOLEAN -> cell.getBooleanCellValue() ? 1 : 0;
                                default -> 0;
                            };
                        }
                    }
                }
            } finally {
                pkg.revert();
            }
        }
        Map<String, Object> out = result(start, files.size(), cells, rows);
        out.put("sink", sink);
        return out;
    }

    // ------------------------------------------------------------------------------ ingest

    /**
     * Our ingest step without Spring Batch: per file the content hash and the already-seen check,
     * {@link WorkbookParser#parse} (read, validate, normalise) and {@link FactStore} writes in one
     * transaction per file, on an HSQLDB file database with the application's default settings.
     * Work is handed to a fixed pool of {@code threads}; files of one organisation form one task
     * ({@code organisation}, so two files never upsert the same organisation row at once) or every
     * file is its own task ({@code file}). Largest tasks first.
     */
    static Map<String, Object> ingest(List<Path> files, Path dbDir, int threads, String partition) throws Exception {
        Files.createDirectories(dbDir);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:hsqldb:file:" + dbDir.toAbsolutePath() + "/monitor;hsqldb.tx=mvcc;hsqldb.write_delay=false;"
                + "hsqldb.default_table_type=cached;shutdown=true");
        hc.setUsername("SA");
        hc.setPassword("");
        hc.setMaximumPoolSize(threads + 1);
        try (HikariDataSource ds = new HikariDataSource(hc)) {
            // the application's migrations for HSQLDB (spring.flyway.locations)
            Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/hsqldb").load().migrate();
            FactStore store = new FactStore(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());
            List<List<Path>> tasks = tasks(files, partition);
            AtomicLong accepted = new AtomicLong();
            AtomicLong rejected = new AtomicLong();
            AtomicLong bookingRows = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong hashNanos = new AtomicLong();
            AtomicLong parseNanos = new AtomicLong();
            AtomicLong storeNanos = new AtomicLong();
            List<String> failureMessages = new ArrayList<>();
            long start = startTiming();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (List<Path> task : tasks) {
                    futures.add(pool.submit(() -> {
                        for (Path file : task) {
                            try {
                                long t0 = System.nanoTime();
                                InboxFile inboxFile = InboxFile.of(file);
                                boolean seen = store.findProcessed(inboxFile.sha256()).isPresent();
                                long t1 = System.nanoTime();
                                hashNanos.addAndGet(t1 - t0);
                                if (seen) {
                                    continue;
                                }
                                ParsedWorkbook parsed = parser.parse(file);
                                long t2 = System.nanoTime();
                                parseNanos.addAndGet(t2 - t1);
                                tx.executeWithoutResult(status -> {
                                    if (parsed.accepted()) {
                                        store.storeAccepted(1, inboxFile, parsed, Instant.now());
                                    } else {
                                        store.storeRejected(1, inboxFile, parsed, null, Instant.now());
                                    }
                                });
                                storeNanos.addAndGet(System.nanoTime() - t2);
                                (parsed.accepted() ? accepted : rejected).incrementAndGet();
                                if (parsed.facts() instanceof RealisationFacts r) {
                                    bookingRows.addAndGet(r.bookingRows());
                                }
                            } catch (RuntimeException e) {
                                failures.incrementAndGet();
                                synchronized (failureMessages) {
                                    if (failureMessages.size() < 5) {
                                        failureMessages.add(file.getFileName() + ": " + e);
                                    }
                                }
                            }
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            Map<String, Object> out = result(start, files.size(), null, bookingRows.get());
            out.put("threads", threads);
            out.put("partition", partition);
            out.put("accepted", accepted.get());
            out.put("rejected", rejected.get());
            out.put("failures", failures.get());
            // summed over threads: with 2 threads these add up to about twice the wall time
            out.put("hash_seconds", Math.round(hashNanos.get() / 1e7) / 100.0);
            out.put("parse_seconds", Math.round(parseNanos.get() / 1e7) / 100.0);
            out.put("store_seconds", Math.round(storeNanos.get() / 1e7) / 100.0);
            out.put("failure_messages", failureMessages);
            return out;
        }
    }

    /** Tasks of files, largest first (longest-processing-time-first keeps both threads busy to the end). */
    static List<List<Path>> tasks(List<Path> files, String partition) {
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String key = "file".equals(partition) ? name : name.split(" ", 2)[0];
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
        }
        List<List<Path>> tasks = new ArrayList<>(groups.values());
        tasks.sort(Comparator.comparingLong((List<Path> t) -> t.stream().mapToLong(BenchmarkGenerator::size).sum()).reversed());
        return tasks;
    }

    private static long cpuAtStart;

    /** Starts the timed section; also notes the process's CPU time, so that the result can say how many cores it kept busy. */
    private static long startTiming() {
        cpuAtStart = processCpuNanos();
        return System.nanoTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Map<String, Object> result(long startNanos, int files, Long cells, long rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.put("seconds", seconds);
        // all threads of the process: workers, JIT compilers and garbage collector
        double cpu = (processCpuNanos() - cpuAtStart) / 1e9;
        out.put("cpu_seconds", Math.round(cpu * 100) / 100.0);
        out.put("cores_busy", Math.round(cpu / seconds * 100) / 100.0);
        out.put("files", files);
        if (cells != null) {
            out.put("cells", cells);
        }
        out.put("rows", rows);
        out.put("heap_pool_peaks_mb", HeapPeaks.sumOfPoolPeaksMb());
        return out;
    }
}
