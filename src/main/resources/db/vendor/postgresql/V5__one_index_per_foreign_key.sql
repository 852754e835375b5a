-- On HSQLDB, V5 drops V1's version_id indexes, which duplicated the indexes HSQLDB creates for
-- foreign keys. PostgreSQL creates no index for a foreign key: here V1's indexes stay, and this
-- migration only keeps the version numbers of both databases in step.
SELECT 1;
