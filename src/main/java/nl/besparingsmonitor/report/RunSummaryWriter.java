package nl.besparingsmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.CalculationWarning;
import nl.besparingsmonitor.calculation.RoundingPolicy;
import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.changes.Change;
import nl.besparingsmonitor.changes.DeliveryComparison;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.store.ReceivedFileRecord;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * Writes {@code run-summary.json}: every file of the run with its outcome and messages, and the
 * calculated totals. Amounts are plain numbers in euros (cents at most); percentages are numbers
 * like 51.15. A null dimension in a total means "total over that dimension".
 */
public final class RunSummaryWriter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RunSummaryWriter() {
    }

    /** Writes {@code run-summary.json} and a timestamped copy; returns the main file. */
    public static Path write(Path outputFolder, long runId, Instant runTime, List<ReceivedFileRecord> files,
                             CalculationResult result, List<DeliveryComparison> comparisons) throws IOException {
        Files.createDirectories(outputFolder);
        Path target = outputFolder.resolve("run-summary.json");
        Path temp = Files.createTempFile(outputFolder, ".run-summary", ".tmp");
        // Streamed one entry at a time: for 342 municipalities the totals are some 100,000 maps, and built
        // as one tree first they were the largest thing in the heap (the job failed there with -Xmx192m).
        try (OutputStream out = Files.newOutputStream(temp); JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberProperty("run_id", runId);
            json.writeStringProperty("run_time", runTime.toString());
            array(json, "files", files.stream().map(RunSummaryWriter::file));
            array(json, "totals", result == null ? Stream.empty() : result.totals().stream().map(RunSummaryWriter::total));
            array(json, "changes", comparisons.stream().flatMap(c -> c.changes().stream().map(ch -> change(c, ch))));
            array(json, "warnings", result == null ? Stream.empty() : result.warnings().stream().map(RunSummaryWriter::warning));
            json.writeEndObject();
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(DutchTime.ZONE).format(runTime);
        Files.copy(temp, outputFolder.resolve("run-summary-" + stamp + ".json"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        pruneCopies(outputFolder);
        return target;
    }

    private static void array(JsonGenerator json, String name, Stream<Map<String, Object>> entries) {
        json.writeArrayPropertyStart(name);
        entries.forEach(json::writePOJO);
        json.writeEndArray();
    }

    /** Timestamped copies are a history, not an archive: keep the newest {@value #KEPT_COPIES}. */
    static final int KEPT_COPIES = 30;

    private static void pruneCopies(Path outputFolder) throws IOException {
        List<Path> copies;
        try (var files = Files.list(outputFolder)) {
            copies = files.filter(p -> p.getFileName().toString().matches("run-summary-\\d{8}-\\d{6}\\.json"))
                    .sorted(java.util.Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : copies.subList(Math.min(KEPT_COPIES, copies.size()), copies.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static Map<String, Object> file(ReceivedFileRecord f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.fileName());
        m.put("status", f.outcome().json());
        m.put("kind", f.kind() == null ? null : f.kind().toLowerCase(java.util.Locale.ROOT));
        m.put("organisation", f.organisationCode());
        m.put("organisation_name", f.organisationName());
        m.put("peildatum", f.peildatum() == null ? null : f.peildatum().toString());
        m.put("sha256", f.sha256());
        m.put("measures", f.measures());
        m.put("booking_rows", f.bookingRows());
        m.put("errors", f.errors());
        m.put("warnings", f.warnings());
        m.put("feedback", f.feedbackFile());
        List<Map<String, Object>> messages = new ArrayList<>();
        for (ValidationIssue i : f.messages()) {
            Map<String, Object> msg = new LinkedHashMap<>();
            msg.put("severity", i.severity() == nl.besparingsmonitor.validation.Severity.ERROR ? "error" : "warning");
            msg.put("sheet", i.sheet());
            msg.put("cell", i.cell());
            msg.put("rule", i.rule());
            msg.put("value", i.value());
            msg.put("expected", i.expected());
            msg.put("message", i.message());
            messages.add(msg);
        }
        m.put("messages", messages);
        return m;
    }

    private static Map<String, Object> total(Total t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", t.level().name().toLowerCase(java.util.Locale.ROOT));
        m.put("organisation", t.organisationCode());
        m.put("municipality", t.municipalityCode());
        m.put("domain", t.domain() == null ? null : t.domain().label());
        m.put("measure", t.measureNumber());
        m.put("year", t.year());
        m.put("planned_saving", euros(t.plannedSaving()));
        m.put("planned_cost", euros(t.plannedCost()));
        m.put("planned_net", euros(t.plannedNet()));
        m.put("target", euros(t.target()));
        m.put("realised_net", euros(t.realisedNet()));
        m.put("expected_net", euros(t.expectedNet()));
        m.put("variance", euros(t.variance()));
        m.put("variance_pct", pct(t.variancePct()));
        m.put("status", t.status() == null ? null : t.status().label());
        m.put("gap", euros(t.gap()));
        m.put("coverage", pct(t.coveragePct()));
        m.put("budget_saldo", euros(t.budgetSaldo()));
        m.put("expected_total_saving", euros(t.expectedTotalSaving()));
        m.put("incomplete", t.incomplete());
        return m;
    }

    private static Map<String, Object> change(DeliveryComparison comparison, Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", c.organisationCode());
        m.put("file_kind", comparison.kind().label());
        m.put("peildatum_old", comparison.oldPeildatum().toString());
        m.put("peildatum_new", comparison.newPeildatum().toString());
        m.put("measure", c.subject());
        m.put("kind", c.kind());
        m.put("year", c.year());
        m.put("old", c.share() ? c.oldAmount() : euros(c.oldAmount()));
        m.put("new", c.share() ? c.newAmount() : euros(c.newAmount()));
        m.put("difference", c.share() ? c.difference() : euros(c.difference()));
        m.put("unit", c.share() ? "percent" : "euro");
        m.put("change", c.change().json());
        m.put("old_status", c.oldStatus());
        m.put("new_status", c.newStatus());
        m.put("incomplete", c.incomplete());
        return m;
    }

    private static Map<String, Object> warning(CalculationWarning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", w.organisationCode());
        m.put("measure", w.measureNumber());
        m.put("message", w.message());
        return m;
    }

    static BigDecimal euros(Amount a) {
        return a == null ? null : euros(a.value());
    }

    /** Euros to the cent, rounded the one way the project rounds ({@link RoundingPolicy#MODE}). */
    static BigDecimal euros(BigDecimal v) {
        return v == null ? null : strip(v.setScale(2, RoundingPolicy.MODE));
    }

    static BigDecimal pct(BigDecimal v) {
        return v == null ? null : strip(RoundingPolicy.displayPercent(v));
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
