-- A file is recognised by its content: FactStore.findProcessed looks its hash up among the receipts
-- that were accepted or rejected. Every later run that finds the same file again adds a skipped
-- receipt with that hash, so with an index on sha256 alone the lookup read one row more per run:
-- after a year of four runs a day, a run where nothing changed took 12 s instead of 6 s. With the
-- outcome in the index the lookup goes straight to the accepted and rejected receipts.
CREATE INDEX received_file_content ON received_file (sha256, outcome);
DROP INDEX received_file_hash;
