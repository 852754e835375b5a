package nl.besparingsmonitor.schedule;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.run.RunGuard;

/**
 * The run lock as a lease on a row of {@code run_lock} (migration V3). Taking it is one conditional
 * UPDATE, which both HSQLDB and PostgreSQL execute atomically, so of two processes exactly one wins.
 * No connection or transaction is held during the run: the holder renews a heartbeat instead, and a
 * lock whose heartbeat is older than the lease is taken over. On the same host a holder whose
 * process no longer exists is taken over at once, so a run after {@code kill -9} need not wait.
 * Times are the database's, so clocks of different hosts do not matter.
 */
@Component
class DatabaseRunLock implements RunGuard {

    static final String LOCK_NAME = "consolidatie";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRunLock.class);
    private static final Duration RETRY = Duration.ofMillis(500);

    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final String owner;
    private final String host;

    @Autowired
    DatabaseRunLock(DataSource dataSource, MonitorProperties properties) {
        this(dataSource, properties.lock().lease(), ProcessHandle.current().pid());
    }

    DatabaseRunLock(DataSource dataSource, Duration lease, long pid) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.lease = lease;
        this.host = hostName();
        // pid@host identifies the process; the token tells two locks of one process apart (tests)
        this.owner = pid + "@" + host + "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    String owner() {
        return owner;
    }

    record Holder(String owner, Timestamp acquiredAt, Timestamp heartbeatAt) {
    }

    @Override
    public Optional<Lease> acquire(Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        boolean announced = false;
        while (true) {
            Holder holder = tryAcquire();
            if (holder == null) {
                return Optional.of(new HeldLease());
            }
            if (!announced) {
                log.info("Run lock is held by {} (since {}); waiting up to {} for it", holder.owner(), holder.acquiredAt(), wait);
                announced = true;
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return Optional.empty();
            }
            sleep(left.compareTo(RETRY) < 0 ? left : RETRY);
        }
    }

    /** Takes the lock if it is free, expired or held by a dead process here; else returns the holder. */
    Holder tryAcquire() {
        try {
            Timestamp now = databaseNow();
            Holder holder = holder();
            if (holder.owner() == null || holder.heartbeatAt() == null
                    || holder.heartbeatAt().before(Timestamp.from(now.toInstant().minus(lease)))) {
                if (take(holder, now)) {
                    if (holder.owner() != null) {
                        log.warn("Run lock of {} taken over: no heartbeat since {} (lease {})", holder.owner(),
                                holder.heartbeatAt(), lease);
                    }
                    return null;
                }
            } else if (diedOnThisHost(holder.owner()) && take(holder, now)) {
                log.warn("Run lock of {} taken over: that process no longer runs", holder.owner());
                return null;
            }
            return holder();
        } catch (DataAccessException e) {
            // e.g. a serialization conflict with a process taking the lock at the same moment: try again
            log.debug("Run lock not taken this time: {}", e.toString());
            return new Holder("unknown (" + e.getClass().getSimpleName() + ")", null, null);
        }
    }

    /** Compare-and-set on the owner seen before, so two contenders cannot both win. */
    private boolean take(Holder seen, Timestamp now) {
        String sql = "UPDATE run_lock SET owner = ?, acquired_at = ?, heartbeat_at = ? WHERE lock_name = ? AND "
                + (seen.owner() == null ? "owner IS NULL" : "owner = ?");
        Object[] args = seen.owner() == null
                ? new Object[] {owner, now, now, LOCK_NAME}
                : new Object[] {owner, now, now, LOCK_NAME, seen.owner()};
        return jdbc.update(sql, args) == 1;
    }

    Holder holder() {
        List<Holder> rows = jdbc.query("SELECT owner, acquired_at, heartbeat_at FROM run_lock WHERE lock_name = ?",
                (rs, n) -> new Holder(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3)), LOCK_NAME);
        if (rows.isEmpty()) {
            throw new IllegalStateException("run_lock has no row '" + LOCK_NAME + "' (migration V3 missing?)");
        }
        return rows.get(0);
    }

    private Timestamp databaseNow() {
        return jdbc.queryForObject("SELECT LOCALTIMESTAMP FROM run_lock WHERE lock_name = ?", Timestamp.class, LOCK_NAME);
    }

    private boolean diedOnThisHost(String holder) {
        int at = holder.indexOf('@');
        int hash = holder.indexOf('#');
        if (at < 1 || hash < at || !holder.substring(at + 1, hash).equals(host)) {
            return false;
        }
        try {
            long pid = Long.parseLong(holder.substring(0, at));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Renews the lease; false when the lock was lost (taken over after a long pause of this process). */
    private boolean heartbeat() {
        try {
            int updated = jdbc.update("UPDATE run_lock SET heartbeat_at = LOCALTIMESTAMP WHERE lock_name = ? AND owner = ?",
                    LOCK_NAME, owner);
            if (updated == 0) {
                String now = holder().owner();
                log.error("Run lock lost: it is now held by {}; this run may overlap with another", now == null ? "nobody" : now);
                return false;
            }
        } catch (DataAccessException e) {
            log.warn("Run lock heartbeat failed: {}", e.toString());
        }
        return true;
    }

    private final class HeldLease implements Lease {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        private final ScheduledFuture<?> beat;

        HeldLease() {
            long every = Math.max(100, lease.toMillis() / 4);
            beat = timer.scheduleWithFixedDelay(() -> {
                if (!heartbeat()) {
                    timer.shutdown(); // lost: say so once, not every beat
                }
            }, every, every, TimeUnit.MILLISECONDS);
            log.debug("Run lock taken by {}", owner);
        }

        @Override
        public void close() {
            beat.cancel(false);
            timer.shutdownNow();
            jdbc.update("UPDATE run_lock SET owner = NULL, acquired_at = NULL, heartbeat_at = NULL WHERE lock_name = ? AND owner = ?",
                    LOCK_NAME, owner);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String name = ManagementFactory.getRuntimeMXBean().getName();
            return name.substring(name.indexOf('@') + 1);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the run lock", e);
        }
    }
}
