package nl.besparingsmonitor.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ages a job's database by a year of runs in which nothing changed: every such run records each file
 * it recognised as a skipped receipt, so a service that runs four times a day has about 1,460
 * receipts per file after a year. The benchmark writes those receipts directly (a year of real runs
 * would take hours) and then measures a run where nothing changed against them.
 */
final class ReceiptHistory {

    /** Four runs a day (the nightly run and files dropped during the day) for a year. */
    static final int RUNS_IN_A_YEAR = 4 * 365;

    private ReceiptHistory() {
    }

    /**
     * Adds {@code runs} copies of the skipped receipts of the database's latest run that skipped files,
     * with run ids below zero so that they never meet a real run; returns how many receipts it added.
     */
    static long addSkippedRuns(Path database, int runs) throws SQLException {
        try (Connection c = DriverManager.getConnection(BenchmarkRunner.databaseUrl(database), "SA", "");
             Statement s = c.createStatement()) {
            long latest;
            try (ResultSet r = s.executeQuery("SELECT MAX(run_id) FROM received_file WHERE outcome = 'SKIPPED' AND run_id >= 0")) {
                r.next();
                latest = r.getLong(1);
            }
            long added = 0;
            try (PreparedStatement copy = c.prepareStatement("INSERT INTO received_file (run_id, file_name, sha256, size_bytes, "
                    + "received_at, outcome, measures, fact_lines, booking_rows, errors, warnings) SELECT ?, file_name, sha256, "
                    + "size_bytes, received_at, outcome, 0, 0, 0, 0, 0 FROM received_file WHERE run_id = ? AND outcome = 'SKIPPED'")) {
                for (int run = 1; run <= runs; run++) {
                    copy.setLong(1, -run);
                    copy.setLong(2, latest);
                    added += copy.executeUpdate();
                }
            }
            s.execute("CHECKPOINT");
            return added;
        }
    }
}
