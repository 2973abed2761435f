-- Issue 12: where an order at the bureau stands (SMS_CHECK, then DECIDING), for the console's
-- 管局审核中 queue. Orders at the bureau before this migration are taken to be in the SMS check.
ALTER TABLE filing_order ADD COLUMN bureau_stage VARCHAR(16);
UPDATE filing_order SET bureau_stage = 'SMS_CHECK' WHERE state = 'AT_BUREAU';
