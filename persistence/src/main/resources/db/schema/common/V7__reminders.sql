-- Reminders and escalations look for what crossed a threshold in the last day: reviews past their
-- deadline, and approved websites still without a public-security filing number.
CREATE INDEX ix_filing_order_review_due ON filing_order (state, review_due_at);
CREATE INDEX ix_website_approved ON website (status, approved_at);
