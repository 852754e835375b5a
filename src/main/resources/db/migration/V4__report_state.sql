-- What the newest report of each output folder was made from, so a run in which nothing changed can
-- leave it as it is.
CREATE TABLE report_state (
    output_folder     VARCHAR(1000) NOT NULL PRIMARY KEY,
    fingerprint       CHAR(64)      NOT NULL,
    run_id            BIGINT        NOT NULL,
    report_file       VARCHAR(1000) NOT NULL,
    written_at        TIMESTAMP     NOT NULL
);
