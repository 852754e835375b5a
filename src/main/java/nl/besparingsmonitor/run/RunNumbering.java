package nl.besparingsmonitor.run;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs are numbered from 1 on every database. A run's number is its Spring Batch job instance id,
 * and Spring Batch's HSQLDB schema numbers with identity tables that HSQLDB starts at 0: the first
 * run on the embedded database was 'run 0' in the log, the report and the run summary, where
 * PostgreSQL's first run is 1. Only a table that has not yet handed out a number is moved, so an
 * existing database keeps its numbers.
 */
@Component
@DependsOnDatabaseInitialization
@Lazy(false) // mode once creates beans lazily, and nothing asks for this one
class RunNumbering implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RunNumbering.class);

    private static final List<String> SEQUENCES =
            List.of("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_STEP_EXECUTION_SEQ");

    private final DataSource dataSource;

    RunNumbering(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Created after the database initialisers, so Spring Batch's schema script has made the tables. */
    @Override
    public void afterPropertiesSet() {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            if (product == null || !product.startsWith("HSQL")) {
                return;
            }
        } catch (MetaDataAccessException e) {
            log.warn("Could not tell which database this is: {}", e.toString());
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String sequence : SEQUENCES) {
            try {
                // an identity table that never handed out a number is empty; once used it keeps its last row
                Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM " + sequence, Integer.class);
                if (used != null && used == 0) {
                    jdbc.execute("ALTER TABLE " + sequence + " ALTER COLUMN ID RESTART WITH 1");
                }
            } catch (DataAccessException e) {
                // numbering from 0 is only cosmetic; the run goes on
                log.warn("Could not make {} start at 1: {}", sequence, e.getMostSpecificCause().toString());
            }
        }
    }
}
