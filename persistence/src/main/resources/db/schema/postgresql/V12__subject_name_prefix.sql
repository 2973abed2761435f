-- Search by the start of the subject name (LIKE 'prefix%'): text_pattern_ops lets a btree serve LIKE
-- whatever the database's collation.
CREATE INDEX ix_filing_order_subject_name ON filing_order (subject_name text_pattern_ops);
