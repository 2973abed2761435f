-- What the applicant's order page shows beyond the state:
-- * who acted, by role: the applicant sees "reviewer", never a reviewer's user name. Old rows are
--   classified from the name: the desk's own timers write 'system', the bureau 'bureau', the order's
--   owner its user name; anyone else was staff.
-- * each field an assisted correction (协助更改) changed, before and after, to show it on the field.
-- * the way the order's principal verifies (办理拍照 / 真实性核验): at a point, with a curtain, or
--   electronically; null until the applicant chooses.
ALTER TABLE order_history ADD COLUMN actor_kind VARCHAR(16);
UPDATE order_history SET actor_kind = 'SYSTEM' WHERE actor = 'system';
UPDATE order_history SET actor_kind = 'BUREAU' WHERE actor = 'bureau';
UPDATE order_history SET actor_kind = 'APPLICANT'
 WHERE actor_kind IS NULL
   AND actor = (SELECT a.username FROM filing_order o JOIN account a ON a.id = o.account_id WHERE o.id = order_history.order_id);
UPDATE order_history SET actor_kind = 'REVIEWER' WHERE actor_kind IS NULL;

CREATE SEQUENCE order_correction_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE order_correction (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    order_id     BIGINT        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    field_path   VARCHAR(200)  NOT NULL,
    before_value VARCHAR(1000),
    after_value  VARCHAR(1000),
    CONSTRAINT fk_order_correction_order FOREIGN KEY (order_id) REFERENCES filing_order (id)
);
CREATE INDEX ix_order_correction_order ON order_correction (order_id, occurred_at);

ALTER TABLE filing_order ADD COLUMN verification_method VARCHAR(16);

-- The documents attached when the order was last returned (purpose=id, sorted), beside the snapshot kept
-- then: a resubmission that changes neither is refused with a message instead of bouncing again.
ALTER TABLE filing_order ADD COLUMN rejected_documents VARCHAR(4000);
