package nl.besparingsmonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.besparingsmonitor.run.RunGuard;

/**
 * The run lock as two processes sharing one database see it: each DatabaseRunLock here has its own
 * owner identity, like a second process would, on the real (in-memory, MVCC) database and schema.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:lock-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
class DatabaseRunLockTests {

    static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    DataSource dataSource;

    @AfterEach
    void free() {
        new JdbcTemplate(dataSource).update("UPDATE run_lock SET owner = NULL, acquired_at = NULL, heartbeat_at = NULL");
    }

    private DatabaseRunLock process() {
        return new DatabaseRunLock(dataSource, LEASE, ProcessHandle.current().pid());
    }

    @Test
    void aSecondProcessDoesNotGetTheLockUntilTheFirstReleasesIt() {
        DatabaseRunLock first = process();
        DatabaseRunLock second = process();

        Optional<RunGuard.Lease> held = first.acquire(Duration.ZERO);
        assertThat(held).isPresent();
        assertThat(second.acquire(Duration.ofMillis(300))).as("second process skips after waiting").isEmpty();
        assertThat(second.holder().owner()).isEqualTo(first.owner());

        held.get().close();
        Optional<RunGuard.Lease> next = second.acquire(Duration.ZERO);
        assertThat(next).isPresent();
        next.get().close();
    }

    @Test
    void aWaitingProcessGetsTheLockAsSoonAsItIsReleased() throws Exception {
        DatabaseRunLock first = process();
        DatabaseRunLock second = process();
        RunGuard.Lease held = first.acquire(Duration.ZERO).orElseThrow();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Optional<RunGuard.Lease>> waiting = pool.submit(() -> second.acquire(Duration.ofSeconds(20)));
        Thread.sleep(300);
        assertThat(waiting).isNotDone();

        held.close();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isPresent();
        waiting.get().get().close();
        pool.shutdown();
    }

    @Test
    void aLockWhoseHolderStoppedRenewingItIsTakenOverAfterTheLease() throws Exception {
        DatabaseRunLock silent = new DatabaseRunLock(dataSource, Duration.ofMillis(400), 1);
        DatabaseRunLock other = new DatabaseRunLock(dataSource, Duration.ofMillis(400), ProcessHandle.current().pid());
        // pid 1 on this host is alive (init): only the lease can free this lock. Its heartbeat is
        // stopped by writing the row the way a frozen holder leaves it.
        assertThat(silent.tryAcquire()).isNull();
        new JdbcTemplate(dataSource).update("UPDATE run_lock SET heartbeat_at = LOCALTIMESTAMP");

        assertThat(other.tryAcquire()).as("lease not yet expired").isNotNull();
        Thread.sleep(600);
        assertThat(other.tryAcquire()).as("lease expired").isNull();
        assertThat(other.holder().owner()).isEqualTo(other.owner());
    }

    @Test
    void aLockHeldByAProcessThatNoLongerRunsOnThisHostIsTakenOverAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        DatabaseRunLock killed = new DatabaseRunLock(dataSource, LEASE, gone.pid());
        assertThat(killed.tryAcquire()).isNull();

        Optional<RunGuard.Lease> lease = process().acquire(Duration.ZERO);

        assertThat(lease).isPresent();
        lease.get().close();
    }

    @Test
    void ofManyContendersAtTheSameMomentExactlyOneWins() throws Exception {
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<RunGuard.Lease>>> results = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            DatabaseRunLock lock = process();
            results.add(pool.submit(() -> {
                start.await();
                return lock.acquire(Duration.ZERO);
            }));
        }
        start.countDown();
        List<RunGuard.Lease> winners = new ArrayList<>();
        for (Future<Optional<RunGuard.Lease>> result : results) {
            result.get(20, TimeUnit.SECONDS).ifPresent(winners::add);
        }
        pool.shutdown();
        winners.forEach(RunGuard.Lease::close); // only after all have tried
        assertThat(winners).hasSize(1);
    }
}
