package nl.besparingsmonitor.store;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.domain.Amount;

/** Keeps the aggregated totals of every run's calculation. */
@Repository
public class ResultStore {

    /** How many earlier runs keep their totals. */
    static final int KEPT_RUNS = 30;

    private final JdbcTemplate jdbc;

    public ResultStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Replaces the totals of a run (a restarted calculation writes them again). */
    public void storeTotals(long runId, List<Total> totals) {
        jdbc.update("DELETE FROM calculation_total WHERE run_id = ?", runId);
        // Keep the totals of recent runs only: at national scale one run is some 70,000 rows.
        jdbc.update("DELETE FROM calculation_total WHERE run_id < ?", runId - KEPT_RUNS);
        jdbc.batchUpdate("INSERT INTO calculation_total (run_id, total_level, organisation_code, municipality_code, domain, measure_number, fact_year, "
                        + "planned_saving, planned_cost, planned_net, target, realised_net, expected_net, variance, variance_pct, status, gap, "
                        + "coverage_pct, budget_saldo, expected_total_saving, incomplete) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                totals, 1000, (ps, t) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, t.level().name());
                    ps.setString(3, t.organisationCode());
                    ps.setString(4, t.municipalityCode());
                    ps.setString(5, t.domain() == null ? null : t.domain().name());
                    ps.setString(6, t.measureNumber());
                    ps.setObject(7, t.year());
                    ps.setBigDecimal(8, value(t.plannedSaving()));
                    ps.setBigDecimal(9, value(t.plannedCost()));
                    ps.setBigDecimal(10, value(t.plannedNet()));
                    ps.setBigDecimal(11, value(t.target()));
                    ps.setBigDecimal(12, value(t.realisedNet()));
                    ps.setBigDecimal(13, value(t.expectedNet()));
                    ps.setBigDecimal(14, t.variance());
                    ps.setBigDecimal(15, t.variancePct());
                    ps.setString(16, t.status() == null ? null : t.status().name());
                    ps.setBigDecimal(17, value(t.gap()));
                    ps.setBigDecimal(18, t.coveragePct());
                    ps.setBigDecimal(19, value(t.budgetSaldo()));
                    ps.setBigDecimal(20, value(t.expectedTotalSaving()));
                    ps.setBoolean(21, t.incomplete());
                });
    }

    public int countTotals(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM calculation_total WHERE run_id = ?", Integer.class, runId);
        return n == null ? 0 : n;
    }

    private static BigDecimal value(Amount a) {
        return a == null ? null : a.value();
    }
}
