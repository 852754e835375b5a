-- A report lists rejected deliveries that were newer than the figures it shows
-- (RunRecords.outstandingRejections): from each current version to the rejected receipts of its
-- organisation and kind. Receipts pile up (every run records each file it recognises as skipped);
-- with the outcome first the lookup reads only the rejected ones.
CREATE INDEX received_file_rejections ON received_file (outcome, organisation_code, kind);
