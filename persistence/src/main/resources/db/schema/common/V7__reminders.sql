-- Messages to one recipient go out in order: delivery looks for earlier pending ones.
CREATE INDEX ix_notification_recipient ON notification (recipient, channel, status, created_at);

-- Reminders and escalations look for what crossed a threshold in the last day: reviews past their
-- deadline, and approved websites still without a public-security filing number.
CREATE INDEX ix_filing_order_review_due ON filing_order (state, review_due_at);
CREATE INDEX ix_website_approved ON website (status, approved_at);

-- The inbox page lists an account's messages newest first.
CREATE INDEX ix_inbox_message_list ON inbox_message (account_id, created_at);
