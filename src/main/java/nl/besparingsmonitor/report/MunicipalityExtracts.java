package nl.besparingsmonitor.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.besparingsmonitor.concurrent.Workers;
import nl.besparingsmonitor.excel.InertText;

/**
 * Writes {@code <output>/gemeenten/<code> <name>.xlsx} for every municipality of the run: the part of
 * the consolidated report that concerns it, for a regional organisation to send to its members as
 * it is. Each extract is written to a temporary file and disposed before the next one starts, so
 * that 342 extracts need no more memory than one per writer thread; the files are renamed in place
 * once the consolidated report is (see {@link RunReports}). Extracts only read the run's figures, so
 * they are written by {@code threads} writers at once: for 342 municipalities they are most of the
 * report step.
 *
 * <p>Extracts of municipalities that no longer appear are removed, so that the folder never offers
 * a member figures that the current report does not support.
 */
public final class MunicipalityExtracts {

    static final String FOLDER = "gemeenten";
    /** Only files this class writes are ever removed: a CBS code, then the name. */
    private static final Pattern EXTRACT = Pattern.compile("GM\\d{4}( .*)?\\.xlsx");
    private static final Logger log = LoggerFactory.getLogger(MunicipalityExtracts.class);

    private MunicipalityExtracts() {
    }

    /**
     * Starts writing every municipality's extract under a temporary name, on {@code threads} worker
     * threads, and returns at once: the caller writes the consolidated report meanwhile and then
     * {@link Started#publish() publishes} the extracts, so that an extract never lands before the report
     * it belongs to.
     */
    public static Started start(Path outputFolder, ReportContext context, int threads) throws IOException {
        Path folder = outputFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        ReportModel all = new ReportModel(context);
        String reportFile = ConsolidatedReportWriter.fileName(all);
        MunicipalityScope scope = new MunicipalityScope(context);
        KeyShares keyShares = new KeyShares(context.input().keys());
        byte[] template = ExtractWorkbook.template();
        ExecutorService writers = Workers.pool("extract", threads);
        List<Future<Unpublished>> extracts = new ArrayList<>();
        for (String code : all.municipalityList()) {
            extracts.add(writers.submit(() -> {
                String title = title(all, code);
                ReportModel model = new ReportModel(scope.contextFor(code), all.reportDate());
                return writeOne(folder, title, new ExtractWorkbook(template, model, code, title, reportFile, keyShares));
            }));
        }
        return new Started(folder, writers, extracts);
    }

    /** An extract written under a temporary name next to where it will land. */
    private record Unpublished(Path temp, Path target) {
    }

    /** Extracts being written; {@link #close()} stops the writers and removes what was not published. */
    public static final class Started implements AutoCloseable {
        private final Path folder;
        private final ExecutorService writers;
        private final List<Future<Unpublished>> extracts;
        private int published;

        private Started(Path folder, ExecutorService writers, List<Future<Unpublished>> extracts) {
            this.folder = folder;
            this.writers = writers;
            this.extracts = extracts;
        }

        /**
         * Waits for the extracts and moves each in place, in municipality code order; then removes the
         * extracts of municipalities that no longer appear. @return the extracts, in municipality code order
         */
        public List<Path> publish() throws IOException {
            List<Path> written = new ArrayList<>();
            for (Future<Unpublished> extract : extracts) {
                Unpublished done = Workers.await(extract);
                published++;
                written.add(ReportFiles.publish(done.temp(), done.target()));
            }
            removeStale(folder, written);
            return written;
        }

        /**
         * After a failure the extracts not yet started are dropped and those written but not published are
         * removed: the folder keeps the previous run's extracts, as it keeps the previous report.
         */
        @Override
        public void close() throws IOException {
            writers.shutdownNow();
            try {
                // an extract takes a fraction of a second; its writer does not stop halfway
                if (!writers.awaitTermination(1, TimeUnit.MINUTES)) {
                    log.warn("Extract writers still busy after a minute; their temporary files may stay in {}", folder);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Future<Unpublished> extract : extracts.subList(published, extracts.size())) {
                if (extract.isDone() && !extract.isCancelled()) {
                    try {
                        Files.deleteIfExists(extract.get().temp());
                    } catch (ExecutionException | InterruptedException e) {
                        // it failed before writing its file: nothing to remove
                    }
                }
            }
        }
    }

    private static Unpublished writeOne(Path folder, String title, ExtractWorkbook extract) throws IOException {
        Path target = folder.resolve(fileName(title));
        Path temp = ReportFiles.temp(folder, ".gemeente");
        try {
            extract.write(temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Unpublished(temp, target);
    }

    /** {@code GM0406 Huizen}, or the code alone when no name is known. */
    static String title(ReportModel model, String code) {
        String name = model.municipalityName(code);
        return name.equals(code) ? code : code + " " + name;
    }

    /** Names come from input workbooks: reduced to characters every file system accepts. */
    static String fileName(String title) {
        return InertText.safeFileName(title) + ".xlsx";
    }

    private static void removeStale(Path folder, List<Path> written) throws IOException {
        Set<Path> keep = new HashSet<>(written);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (!keep.contains(f) && Files.isRegularFile(f) && EXTRACT.matcher(f.getFileName().toString()).matches()) {
                    Files.delete(f);
                    log.info("Removed extract {}: the municipality no longer appears in the report", f.getFileName());
                }
            }
        }
    }
}
