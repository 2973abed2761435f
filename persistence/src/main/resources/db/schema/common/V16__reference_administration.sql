-- Issue 12, administration of the reference data. A verification point closed for a while is switched
-- off instead of deleted (applicants see only the active ones); a curtain request remembers when the
-- courier delivered it, as it already remembers when it was shipped.
ALTER TABLE verification_point ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE curtain_request ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
