package nl.besparingsmonitor.run;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How many files a run received, by outcome (over all attempts of a restarted run). */
public record RunFileCounts(int accepted, int rejected, int skipped) {

    public int total() {
        return accepted + rejected + skipped;
    }

    /** Reads the counts from {@code received_file}. */
    @Component
    public static class Query {

        private final JdbcTemplate jdbc;

        Query(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
        }

        public RunFileCounts of(long runId) {
            int[] counts = new int[3];
            jdbc.query("SELECT outcome, COUNT(*) FROM received_file WHERE run_id = ? GROUP BY outcome", rs -> {
                switch (rs.getString(1)) {
                    case "ACCEPTED" -> counts[0] = rs.getInt(2);
                    case "REJECTED" -> counts[1] = rs.getInt(2);
                    default -> counts[2] += rs.getInt(2);
                }
            }, runId);
            return new RunFileCounts(counts[0], counts[1], counts[2]);
        }
    }
}
