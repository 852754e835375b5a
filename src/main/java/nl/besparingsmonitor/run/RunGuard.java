package nl.besparingsmonitor.run;

import java.time.Duration;
import java.util.Optional;

/**
 * Makes sure only one consolidation runs at a time, also across processes that share a database.
 * Implemented outside this package (a lock row in the database), so that the job does not depend on
 * how runs are coordinated.
 */
public interface RunGuard {

    /** Waits up to {@code wait} for the lock; empty when another run still holds it then. */
    Optional<Lease> acquire(Duration wait);

    /** A held lock; closing it releases the lock. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
