-- Aggregated results of each run's calculation, kept per run so figures can be traced afterwards.
CREATE TABLE calculation_total (
    run_id                BIGINT        NOT NULL,
    total_level           VARCHAR(40)   NOT NULL,
    organisation_code     VARCHAR(100),
    municipality_code     VARCHAR(10),
    domain                VARCHAR(30),
    measure_number        VARCHAR(200),
    fact_year             INTEGER,
    planned_saving        NUMERIC(24,6),
    planned_cost          NUMERIC(24,6),
    planned_net           NUMERIC(24,6),
    target                NUMERIC(24,6),
    realised_net          NUMERIC(24,6),
    expected_net          NUMERIC(24,6),
    variance              NUMERIC(24,6),
    variance_pct          NUMERIC(24,6),
    status                VARCHAR(20),
    gap                   NUMERIC(24,6),
    coverage_pct          NUMERIC(24,6),
    budget_saldo          NUMERIC(24,6),
    expected_total_saving NUMERIC(24,6),
    incomplete            BOOLEAN       NOT NULL
);
CREATE INDEX calculation_total_run ON calculation_total (run_id);
