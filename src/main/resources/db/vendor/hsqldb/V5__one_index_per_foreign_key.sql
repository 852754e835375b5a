-- HSQLDB creates an index for every foreign key itself, so each fact table had two identical
-- indexes on version_id: V1's and the foreign key's. Every inserted fact updated both (about a
-- quarter of the time spent storing a workbook). The foreign key's index stays and serves the same
-- lookups. PostgreSQL does not index foreign keys, so its V5 keeps V1's indexes.
DROP INDEX measure_version;
DROP INDEX financial_line_version;
DROP INDEX target_version;
DROP INDEX realisation_version;
DROP INDEX budget_line_version;
DROP INDEX booking_total_version;
DROP INDEX key_share_version;
DROP INDEX region_member_version;
