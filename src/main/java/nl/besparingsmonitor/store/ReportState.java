package nl.besparingsmonitor.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Remembers from which facts the current report of an output folder was made. When a run receives
 * nothing new and the facts are the same, the report is still current and is not written again.
 */
@Repository
public class ReportState {

    private final JdbcTemplate jdbc;

    public ReportState(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The report made for a folder from the given fingerprint, if any. */
    public record Reported(String fingerprint, long runId, String reportFile) {
    }

    public Optional<Reported> find(String outputFolder) {
        return jdbc.query("SELECT fingerprint, run_id, report_file FROM report_state WHERE output_folder = ?",
                (rs, n) -> new Reported(rs.getString(1), rs.getLong(2), rs.getString(3)), outputFolder).stream().findFirst();
    }

    public void save(String outputFolder, String fingerprint, long runId, String reportFile) {
        int updated = jdbc.update("UPDATE report_state SET fingerprint = ?, run_id = ?, report_file = ?, written_at = ? WHERE output_folder = ?",
                fingerprint, runId, reportFile, Timestamp.from(Instant.now()), outputFolder);
        if (updated == 0) {
            jdbc.update("INSERT INTO report_state (output_folder, fingerprint, run_id, report_file, written_at) VALUES (?,?,?,?,?)",
                    outputFolder, fingerprint, runId, reportFile, Timestamp.from(Instant.now()));
        }
    }

    /**
     * A fingerprint of everything a report is made from: the current workbook versions and the
     * settings that change figures.
     */
    public String fingerprint(BigDecimal tolerance, int horizonYear, String programVersion) {
        List<String> versions = jdbc.queryForList(
                "SELECT CAST(id AS VARCHAR(20)) || ':' || sha256 FROM workbook_version WHERE superseded = FALSE ORDER BY id",
                String.class);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String v : versions) {
                digest.update(v.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            digest.update(("tolerance=" + tolerance.stripTrailingZeros().toPlainString() + ";horizon=" + horizonYear
                    + ";version=" + programVersion).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many files of a run were more than recognised and skipped. */
    public int filesProcessedInRun(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE run_id = ? AND outcome <> 'SKIPPED'",
                Integer.class, runId);
        return n == null ? 0 : n;
    }
}
