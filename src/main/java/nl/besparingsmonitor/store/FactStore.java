package nl.besparingsmonitor.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.KeyShare;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.RegionMembership;
import nl.besparingsmonitor.domain.Target;
import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.KeyFacts;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.ProposalFacts;
import nl.besparingsmonitor.ingest.RealisationFacts;
import nl.besparingsmonitor.ingest.WorkbookInfo;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * Writes received files and their normalised facts. Callers run each file in one transaction, so a
 * file is stored whole or not at all.
 */
@Repository
public class FactStore {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insertVersion;
    private final SimpleJdbcInsert insertReceived;

    public FactStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.insertVersion = new SimpleJdbcInsert(dataSource).withTableName("workbook_version")
                .usingGeneratedKeyColumns("id");
        this.insertReceived = new SimpleJdbcInsert(dataSource).withTableName("received_file")
                .usingGeneratedKeyColumns("id");
    }

    /**
     * Looks a hash up by equality on both columns of the index (sha256, outcome): the skipped receipts,
     * one more for every run that found the file again, are never read.
     */
    static final String FIND_PROCESSED = "SELECT id, outcome, file_name FROM received_file WHERE sha256 = ? AND outcome = 'ACCEPTED' "
            + "UNION ALL SELECT id, outcome, file_name FROM received_file WHERE sha256 = ? AND outcome = 'REJECTED' ORDER BY id";

    /** A file with this content that was accepted or rejected before; skipped files do not count. */
    public Optional<PreviousReceipt> findProcessed(String sha256) {
        return jdbc.query(FIND_PROCESSED,
                (rs, n) -> new PreviousReceipt(rs.getLong(1), FileOutcome.valueOf(rs.getString(2)), rs.getString(3)),
                sha256, sha256).stream().findFirst();
    }

    public record PreviousReceipt(long id, FileOutcome outcome, String fileName) {
    }

    /** How a new version relates to the current one of the same organisation and kind. */
    public enum VersionStanding { FIRST, NEWER, SAME_DATE, OLDER }

    public VersionStanding standing(WorkbookInfo info) {
        List<LocalDate> current = jdbc.queryForList(
                "SELECT peildatum FROM workbook_version WHERE organisation_code = ? AND kind = ? AND superseded = FALSE",
                LocalDate.class, info.organisation().code(), info.kind().name());
        if (current.isEmpty()) {
            return VersionStanding.FIRST;
        }
        int cmp = info.peildatum().compareTo(current.get(0));
        return cmp > 0 ? VersionStanding.NEWER : cmp == 0 ? VersionStanding.SAME_DATE : VersionStanding.OLDER;
    }

    /**
     * An accepted workbook as stored: its receipt, and the parse result with the warnings the store
     * adds (a name its code is not known by, a version that did not simply replace the current one),
     * which the sender's feedback must have too.
     */
    public record Accepted(long receiptId, ParsedWorkbook stored) {
    }

    /** Stores an accepted workbook; a newer (or same-date) version supersedes the current one. */
    public Accepted storeAccepted(long runId, InboxFile file, ParsedWorkbook parsed, Instant now) {
        WorkbookInfo info = parsed.info();
        ParsedWorkbook named = withNameNote(parsed, knownNames(info));
        upsertOrganisation(info);
        VersionStanding standing = standing(info);
        boolean replacesCurrent = standing != VersionStanding.OLDER;
        if (replacesCurrent) {
            jdbc.update("UPDATE workbook_version SET superseded = TRUE WHERE organisation_code = ? AND kind = ? AND superseded = FALSE",
                    info.organisation().code(), info.kind().name());
        }
        Map<String, Object> version = new HashMap<>();
        version.put("organisation_code", info.organisation().code());
        version.put("kind", info.kind().name());
        version.put("peildatum", Date.valueOf(info.peildatum()));
        version.put("sha256", file.sha256());
        version.put("file_name", file.name());
        version.put("loaded_at", Timestamp.from(now));
        version.put("unit_factor", info.unitFactor());
        version.put("sign_convention", info.convention().name());
        version.put("horizon_year", parsed.facts() instanceof ProposalFacts p ? p.horizonYear() : null);
        version.put("superseded", !replacesCurrent);
        long versionId = insertVersion.executeAndReturnKey(version).longValue();
        FactCounts counts = storeFacts(versionId, parsed);
        ParsedWorkbook stored = withVersionNote(named, standing);
        return new Accepted(insertReceived(runId, file, stored, FileOutcome.ACCEPTED, versionId, counts, null, now), stored);
    }

    /** The names the file's code is known by: its organisation's so far, and those in current keys and Regio sheets. */
    private List<String> knownNames(WorkbookInfo info) {
        String code = info.organisation().code();
        return jdbc.queryForList("SELECT name FROM organisation WHERE code = ? "
                + "UNION SELECT s.municipality_name FROM key_share s JOIN workbook_version v ON v.id = s.version_id "
                + "WHERE v.superseded = FALSE AND s.municipality_code = ? AND s.municipality_name IS NOT NULL "
                + "UNION SELECT m.municipality_name FROM region_member m JOIN workbook_version v ON v.id = m.version_id "
                + "WHERE v.superseded = FALSE AND m.municipality_code = ? AND m.municipality_name IS NOT NULL "
                + "UNION SELECT m.region_name FROM region_member m JOIN workbook_version v ON v.id = m.version_id "
                + "WHERE v.superseded = FALSE AND m.region_code = ?", String.class, code, code, code, code);
    }

    /**
     * Warns when the file calls its organisation by a name its code is not known by: a workbook copied from
     * another organisation with only the name changed would replace that organisation's figures. A warning,
     * not a rejection, since 'Den Bosch' for 's-Hertogenbosch is no mistake; names compare without case,
     * accents, spaces and the word 'gemeente'.
     */
    private static ParsedWorkbook withNameNote(ParsedWorkbook parsed, List<String> knownNames) {
        String name = parsed.info().organisation().name();
        String simplified = CurrentFacts.simplify(name);
        if (knownNames.isEmpty() || knownNames.stream().anyMatch(k -> CurrentFacts.simplify(k).equals(simplified))) {
            return parsed;
        }
        String known = knownNames.stream().map(k -> "'" + k + "'").distinct().collect(Collectors.joining(" of "));
        String code = parsed.info().organisation().code();
        return withWarning(parsed, "Andere naam", name, known, "Code " + code + " is bekend als " + known
                + ", maar dit bestand noemt de organisatie '" + name + "'. De cijfers zijn geladen als die van " + code
                + ". Hoort het bestand bij een andere organisatie, corrigeer dan de Code (blad Info) en lever het opnieuw aan.");
    }

    /** Tells the sender when a delivery did not simply replace an older one. */
    private static ParsedWorkbook withVersionNote(ParsedWorkbook parsed, VersionStanding standing) {
        String message = switch (standing) {
            case OLDER -> "De peildatum " + DutchTime.date(parsed.info().peildatum()) + " is ouder dan die van de huidige versie van "
                    + "dit soort bestand van deze organisatie. Het bestand is bewaard als eerdere versie en telt niet mee.";
            case SAME_DATE -> "Er was al een versie met peildatum " + DutchTime.date(parsed.info().peildatum())
                    + "; dit bestand vervangt die versie.";
            default -> null;
        };
        if (message == null) {
            return parsed;
        }
        return withWarning(parsed, "Versie", DutchTime.date(parsed.info().peildatum()), null, message);
    }

    private static ParsedWorkbook withWarning(ParsedWorkbook parsed, String rule, String value, String expected, String message) {
        List<ValidationIssue> issues = new ArrayList<>(parsed.issues());
        issues.add(new ValidationIssue(nl.besparingsmonitor.validation.Severity.WARNING, "Info", null, rule, value, expected,
                message));
        return new ParsedWorkbook(parsed.info(), parsed.facts(), issues, parsed.errors(), parsed.warnings() + 1,
                parsed.opened());
    }

    public long storeRejected(long runId, InboxFile file, ParsedWorkbook parsed, String feedbackFile, Instant now) {
        return insertReceived(runId, file, parsed, FileOutcome.REJECTED, null, FactCounts.NONE, feedbackFile, now);
    }

    /**
     * Receipts of files found unchanged, in the order given, in one batch: a nightly run finds hundreds.
     * One insert per file made storing a run with nothing changed 1.0 s instead of 0.77 s on the
     * benchmark's 744 files (a year of receipts, HSQLDB).
     */
    public void storeSkipped(long runId, List<InboxFile> files, Instant now) {
        Timestamp receivedAt = Timestamp.from(now);
        jdbc.batchUpdate("INSERT INTO received_file (run_id, file_name, sha256, size_bytes, received_at, outcome) VALUES (?,?,?,?,?,?)",
                files, 500, (ps, file) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, file.name());
                    ps.setString(3, file.sha256());
                    ps.setLong(4, file.size());
                    ps.setTimestamp(5, receivedAt);
                    ps.setString(6, FileOutcome.SKIPPED.name());
                });
    }

    private record FactCounts(int measures, int lines, long bookingRows) {
        static final FactCounts NONE = new FactCounts(0, 0, 0);
    }

    private FactCounts storeFacts(long versionId, ParsedWorkbook parsed) {
        if (parsed.facts() instanceof ProposalFacts p) {
            storeMeasures(versionId, p.measures());
            storeLines(versionId, p.lines());
            storeTargets(versionId, p.targets());
            return new FactCounts(p.measures().size(), p.lines().size(), 0);
        }
        if (parsed.facts() instanceof RealisationFacts r) {
            storeRealisations(versionId, r.realisations());
            storeBudget(versionId, r.budgetLines());
            storeBookings(versionId, r.bookingTotals());
            return new FactCounts(0, r.realisations().size() + r.budgetLines().size(), r.bookingRows());
        }
        KeyFacts k = (KeyFacts) parsed.facts();
        storeKeys(versionId, k.keys());
        storeMembers(versionId, k.memberships());
        return new FactCounts(0, k.keys().stream().mapToInt(key -> key.shares().size()).sum(), 0);
    }

    private void upsertOrganisation(WorkbookInfo info) {
        int updated = jdbc.update("UPDATE organisation SET name = ? WHERE code = ?", info.organisation().name(),
                info.organisation().code());
        if (updated == 0) {
            jdbc.update("INSERT INTO organisation (code, name) VALUES (?, ?)", info.organisation().code(),
                    info.organisation().name());
        }
    }

    private void storeMeasures(long versionId, List<Measure> measures) {
        jdbc.batchUpdate("INSERT INTO measure (version_id, number, name, domain, status, category, measure_type, start_date, end_date, key_name, explanation) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                measures, 500, (ps, m) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, m.number());
                    ps.setString(3, m.name());
                    ps.setString(4, m.domain().name());
                    ps.setString(5, m.status().name());
                    ps.setString(6, m.category());
                    ps.setString(7, m.type().name());
                    ps.setDate(8, date(m.startDate()));
                    ps.setDate(9, date(m.endDate()));
                    ps.setString(10, m.keyName());
                    ps.setString(11, m.explanation());
                });
    }

    private void storeLines(long versionId, List<FinancialLine> lines) {
        jdbc.batchUpdate("INSERT INTO financial_line (version_id, measure_number, kind, post, budget_holder, municipality, fact_year, amount, amount_unknown, start_date, end_date) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                lines, 1000, (ps, l) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, l.measureNumber());
                    ps.setString(3, l.kind().name());
                    ps.setString(4, l.post());
                    ps.setString(5, l.budgetHolder().name());
                    ps.setString(6, l.municipalityCode());
                    ps.setObject(7, l.year());
                    ps.setBigDecimal(8, l.amount().value());
                    ps.setBoolean(9, l.amount().unknown());
                    ps.setDate(10, date(l.startDate()));
                    ps.setDate(11, date(l.endDate()));
                });
    }

    private void storeTargets(long versionId, List<Target> targets) {
        jdbc.batchUpdate("INSERT INTO target (version_id, domain, fact_year, amount, amount_unknown) VALUES (?,?,?,?,?)",
                targets, 500, (ps, t) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, t.domain().name());
                    ps.setInt(3, t.year());
                    ps.setBigDecimal(4, t.amount().value());
                    ps.setBoolean(5, t.amount().unknown());
                });
    }

    private void storeRealisations(long versionId, List<Realisation> rows) {
        jdbc.batchUpdate("INSERT INTO realisation (version_id, measure_number, kind, stand, municipality, fact_year, amount, amount_unknown) VALUES (?,?,?,?,?,?,?,?)",
                rows, 1000, (ps, r) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, r.measureNumber());
                    ps.setString(3, r.kind().name());
                    ps.setString(4, r.stand().name());
                    ps.setString(5, r.municipalityCode());
                    ps.setInt(6, r.year());
                    ps.setBigDecimal(7, r.amount().value());
                    ps.setBoolean(8, r.amount().unknown());
                });
    }

    private void storeBudget(long versionId, List<BudgetLine> rows) {
        jdbc.batchUpdate("INSERT INTO budget_line (version_id, post, domain, figure, fact_year, amount, amount_unknown) VALUES (?,?,?,?,?,?,?)",
                rows, 1000, (ps, b) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, b.post());
                    ps.setString(3, b.domain().name());
                    ps.setString(4, b.figure().name());
                    ps.setInt(5, b.year());
                    ps.setBigDecimal(6, b.amount().value());
                    ps.setBoolean(7, b.amount().unknown());
                });
    }

    private void storeBookings(long versionId, List<BookingTotal> rows) {
        jdbc.batchUpdate("INSERT INTO booking_total (version_id, measure_number, kind, fact_year, amount, bookings) VALUES (?,?,?,?,?,?)",
                rows, 1000, (ps, b) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, b.measureNumber());
                    ps.setString(3, b.kind().name());
                    ps.setInt(4, b.year());
                    ps.setBigDecimal(5, b.amount());
                    ps.setLong(6, b.bookings());
                });
    }

    private void storeKeys(long versionId, List<DistributionKey> keys) {
        List<Object[]> rows = new ArrayList<>();
        for (DistributionKey key : keys) {
            for (KeyShare s : key.shares()) {
                rows.add(new Object[] {versionId, key.name(), s.municipalityCode(), s.municipalityName(), s.share(), s.inhabitants()});
            }
        }
        jdbc.batchUpdate("INSERT INTO key_share (version_id, key_name, municipality_code, municipality_name, share, inhabitants) VALUES (?,?,?,?,?,?)", rows);
    }

    private void storeMembers(long versionId, List<RegionMembership> members) {
        jdbc.batchUpdate("INSERT INTO region_member (version_id, region_code, region_name, municipality_code, municipality_name) VALUES (?,?,?,?,?)",
                members, 500, (ps, m) -> {
                    ps.setLong(1, versionId);
                    ps.setString(2, m.regionCode());
                    ps.setString(3, m.regionName());
                    ps.setString(4, m.municipalityCode());
                    ps.setString(5, m.municipalityName());
                });
    }

    private long insertReceived(long runId, InboxFile file, ParsedWorkbook parsed, FileOutcome outcome, Long versionId,
                                FactCounts counts, String feedbackFile, Instant now) {
        Map<String, Object> row = receivedRow(runId, file, outcome, now);
        WorkbookInfo info = parsed.info();
        if (info != null) {
            row.put("kind", info.kind().name());
            row.put("organisation_code", info.organisation().code());
            row.put("organisation_name", info.organisation().name());
            row.put("peildatum", info.peildatum() == null ? null : Date.valueOf(info.peildatum()));
        }
        row.put("version_id", versionId);
        row.put("measures", counts.measures());
        row.put("fact_lines", counts.lines());
        row.put("booking_rows", counts.bookingRows());
        row.put("errors", parsed.errors());
        row.put("warnings", parsed.warnings());
        row.put("feedback_file", feedbackFile);
        long id = insertReceived.executeAndReturnKey(row).longValue();
        storeMessages(id, parsed.issues());
        return id;
    }

    private Map<String, Object> receivedRow(long runId, InboxFile file, FileOutcome outcome, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put("run_id", runId);
        row.put("file_name", file.name());
        row.put("sha256", file.sha256());
        row.put("size_bytes", file.size());
        row.put("received_at", Timestamp.from(now));
        row.put("outcome", outcome.name());
        // SimpleJdbcInsert sends every column, so the column defaults do not apply: set them here.
        row.put("measures", 0);
        row.put("fact_lines", 0);
        row.put("booking_rows", 0L);
        row.put("errors", 0);
        row.put("warnings", 0);
        return row;
    }

    private void storeMessages(long receivedFileId, List<ValidationIssue> issues) {
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (ValidationIssue i : issues) {
            rows.add(new Object[] {receivedFileId, seq++, i.severity().name(), i.sheet(), i.cell(), i.rule(),
                    i.value(), truncate(i.expected(), 1000), i.message()});
        }
        jdbc.batchUpdate("INSERT INTO validation_message (received_file_id, seq, severity, sheet_name, cell_ref, rule_name, found_value, expected, message) VALUES (?,?,?,?,?,?,?,?,?)", rows);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
