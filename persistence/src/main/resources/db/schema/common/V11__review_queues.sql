-- The reviewers' queues page by keyset on (submitted_at, id) within a state (issue 12): the first and
-- the 5,000th page read the same few index entries. With a province chosen, the second index serves the
-- seek; the V2 index (state, province, type, submitted) serves the fully filtered queue.
CREATE INDEX ix_filing_order_queue_seek ON filing_order (state, submitted_at, id);
CREATE INDEX ix_filing_order_queue_province ON filing_order (state, province_code, submitted_at, id);
