-- Search by the start of the subject name (LIKE 'prefix%'): H2 uses a plain index for a prefix.
CREATE INDEX ix_filing_order_subject_name ON filing_order (subject_name);
