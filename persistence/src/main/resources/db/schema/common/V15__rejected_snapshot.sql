-- Issue 12: what an order proposed when it was last rejected, so the review screen shows what the
-- resubmission changed. Orders rejected before this migration have none (the screen says so).
ALTER TABLE filing_order ADD COLUMN rejected_snapshot VARCHAR(1000000);
