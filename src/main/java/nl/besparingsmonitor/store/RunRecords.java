package nl.besparingsmonitor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.besparingsmonitor.validation.Severity;
import nl.besparingsmonitor.validation.ValidationIssue;

/** Reads back what a run received, for the run summary and the report. */
@Repository
public class RunRecords {

    private final JdbcTemplate jdbc;

    public RunRecords(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public List<ReceivedFileRecord> filesOfRun(long runId) {
        return files("received_file f", "f.run_id = ?", runId);
    }

    /**
     * The accepted files whose versions are current (not superseded), whichever run loaded them, with
     * their warnings: the figures rest on them, so the report names them and keeps showing what was
     * said about them.
     */
    public List<ReceivedFileRecord> currentFiles() {
        // from the few current versions to their receipts, not through a year's receipts
        return files("workbook_version v JOIN received_file f ON f.version_id = v.id",
                "v.superseded = FALSE AND f.outcome = 'ACCEPTED'");
    }

    /**
     * Rejected files of earlier runs that were newer than the current version of their organisation
     * and kind, or whose organisation the report knows (it delivered another kind, or a region's
     * membership or key names it) but has no version of that kind: the report shows older figures
     * than the organisation tried to deliver, or none. A rejection is closed by the next version
     * loaded with at least its Peildatum. Files of the given run are left out; {@link #filesOfRun}
     * has them. So are files whose kind could not be read, and those of an organisation the report
     * does not know: a mistyped code would otherwise be listed for good, as nobody delivers under it.
     */
    public List<OutstandingRejection> outstandingRejections(long runId) {
        return jdbc.query(OUTSTANDING_REJECTIONS, (rs, n) -> {
            java.sql.Date current = rs.getDate("current_peildatum");
            return new OutstandingRejection(map(rs, List.of()), current == null ? null : current.toLocalDate());
        }, runId, runId);
    }

    private static final String OUTSTANDING_REJECTIONS = """
            SELECT f.*, v.peildatum AS current_peildatum
              FROM workbook_version v
              JOIN received_file f ON f.outcome = 'REJECTED'
                   AND f.organisation_code = v.organisation_code AND f.kind = v.kind
             WHERE v.superseded = FALSE AND f.run_id <> ?
               AND (f.peildatum > v.peildatum OR (f.peildatum IS NULL AND f.received_at > v.loaded_at))
            UNION ALL
            SELECT f.*, CAST(NULL AS DATE) AS current_peildatum
              FROM received_file f
             WHERE f.outcome = 'REJECTED' AND f.kind IS NOT NULL AND f.run_id <> ?
               AND NOT EXISTS (SELECT 1 FROM workbook_version v
                                WHERE v.organisation_code = f.organisation_code AND v.kind = f.kind)
               AND (EXISTS (SELECT 1 FROM workbook_version v
                             WHERE v.organisation_code = f.organisation_code AND v.superseded = FALSE)
                    OR EXISTS (SELECT 1 FROM region_member m JOIN workbook_version v ON v.id = m.version_id
                                WHERE m.municipality_code = f.organisation_code AND v.superseded = FALSE)
                    OR EXISTS (SELECT 1 FROM key_share k JOIN workbook_version v ON v.id = k.version_id
                                WHERE k.municipality_code = f.organisation_code AND v.superseded = FALSE))
             ORDER BY file_name, id
            """;

    private List<ReceivedFileRecord> files(String from, String where, Object... args) {
        Map<Long, List<ValidationIssue>> messages = new HashMap<>();
        jdbc.query("SELECT m.received_file_id, m.severity, m.sheet_name, m.cell_ref, m.rule_name, m.found_value, m.expected, m.message "
                        + "FROM " + from + " JOIN validation_message m ON m.received_file_id = f.id WHERE " + where
                        + " ORDER BY m.received_file_id, m.seq",
                rs -> {
                    messages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ValidationIssue(
                            Severity.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }, args);
        return jdbc.query("SELECT f.* FROM " + from + " WHERE " + where + " ORDER BY f.file_name, f.id",
                (rs, n) -> map(rs, messages.getOrDefault(rs.getLong("id"), List.of())), args);
    }

    private static ReceivedFileRecord map(ResultSet rs, List<ValidationIssue> messages) throws SQLException {
        java.sql.Date peildatum = rs.getDate("peildatum");
        return new ReceivedFileRecord(rs.getLong("id"), rs.getLong("run_id"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getTimestamp("received_at").toInstant(),
                FileOutcome.valueOf(rs.getString("outcome")), rs.getString("kind"), rs.getString("organisation_code"),
                rs.getString("organisation_name"), peildatum == null ? null : peildatum.toLocalDate(),
                rs.getInt("measures"), rs.getInt("fact_lines"), rs.getLong("booking_rows"), rs.getInt("errors"),
                rs.getInt("warnings"), rs.getString("feedback_file"), List.copyOf(messages));
    }
}
