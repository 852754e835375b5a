-- One row per lock: the run lock that lets only one consolidation run at a time, also across
-- processes that share the database. The holder renews heartbeat_at while it runs; a lock whose
-- heartbeat is older than the lease (monitor.lock.lease) belongs to a process that died and is taken over.
CREATE TABLE run_lock (
    lock_name         VARCHAR(100)  NOT NULL PRIMARY KEY,
    owner             VARCHAR(300),
    acquired_at       TIMESTAMP,
    heartbeat_at      TIMESTAMP
);
INSERT INTO run_lock (lock_name) VALUES ('consolidatie');
