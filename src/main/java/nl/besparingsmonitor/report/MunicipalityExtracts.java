package nl.besparingsmonitor.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.besparingsmonitor.concurrent.Workers;
import nl.besparingsmonitor.excel.InertText;

/**
 * Writes {@code <output>/gemeenten/<code> <name>.xlsx} for every municipality of the run: the part of
 * the consolidated report that concerns it, for a regional organisation to send to its members as
 * it is. Each extract is written to a temporary file and renamed, and disposed before the next one
 * starts, so that 342 extracts need no more memory than one per writer thread. Extracts only read
 * the run's figures, so they are written by {@code threads} writers at once: for 342 municipalities
 * they are most of the report step.
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

    /** @return the extracts written, in municipality code order */
    public static List<Path> write(Path outputFolder, ReportContext context, int threads) throws IOException {
        Path folder = outputFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        ReportModel all = new ReportModel(context);
        String reportFile = ConsolidatedReportWriter.fileName(all);
        MunicipalityScope scope = new MunicipalityScope(context);
        KeyShares keyShares = new KeyShares(context.input().keys());
        byte[] template = ExtractWorkbook.template();
        ExecutorService writers = Workers.pool("extract", threads);
        try {
            List<Future<Path>> extracts = new ArrayList<>();
            for (String code : all.municipalityList()) {
                extracts.add(writers.submit(() -> {
                    String title = title(all, code);
                    ReportModel model = new ReportModel(scope.contextFor(code), all.reportDate());
                    return writeOne(folder, title, new ExtractWorkbook(template, model, code, title, reportFile, keyShares));
                }));
            }
            List<Path> written = new ArrayList<>();
            for (Future<Path> extract : extracts) {
                written.add(Workers.await(extract));
            }
            removeStale(folder, written);
            return written;
        } finally {
            // After a failure the extracts not yet started are dropped; their files stay as they were.
            writers.shutdownNow();
        }
    }

    private static Path writeOne(Path folder, String title, ExtractWorkbook extract) throws IOException {
        Path target = folder.resolve(fileName(title));
        Path temp = ReportFiles.temp(folder, ".gemeente");
        try {
            extract.write(temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return ReportFiles.publish(temp, target);
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
