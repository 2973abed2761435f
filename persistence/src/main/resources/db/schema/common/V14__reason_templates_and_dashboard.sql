-- Issue 12. Reviewers' reason templates become a list administrators keep (it was six bundle texts);
-- a remark remembers the template it started from, so the dashboard can rank the reasons given most.
CREATE SEQUENCE reason_template_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE reason_template (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    code        VARCHAR(48)   NOT NULL,
    text_zh     VARCHAR(1000) NOT NULL,
    text_en     VARCHAR(1000) NOT NULL,
    sort_order  INTEGER       NOT NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_reason_template_code UNIQUE (code)
);
INSERT INTO reason_template (id, version, code, text_zh, text_en, sort_order, active) VALUES
 (1, 0, 'MISMATCH', '填写的信息与证件不一致。', 'What is entered does not match the certificate.', 10, TRUE),
 (2, 0, 'UNCLEAR', '证件照片不清晰或不完整，请重新上传。', 'The document image is unclear or incomplete; upload it again.', 20, TRUE),
 (3, 0, 'ADDRESS', '地址未精确到门牌号。', 'The address does not go down to the door number.', 30, TRUE),
 (4, 0, 'WEBSITE_NAME', '网站名称不符合要求（不能使用域名、纯数字或与主体无关的名称）。',
        'The website name is not acceptable (no domain, digits only, or unrelated to the subject).', 40, TRUE),
 (5, 0, 'FORM', '核验单填写不完整或未签字、未盖章。', 'The verification form is incomplete, unsigned or unstamped.', 50, TRUE),
 (6, 0, 'CONTACT', '负责人联系方式有误，请核实。', 'The principal''s contact details are wrong; please check them.', 60, TRUE);

ALTER TABLE review_remark ADD COLUMN reason_code VARCHAR(48);
-- The dashboard: remarks of the last 30 days by reason, submissions per day.
CREATE INDEX ix_review_remark_created ON review_remark (created_at, reason_code);
CREATE INDEX ix_filing_order_submitted ON filing_order (submitted_at);
-- The audit log page: newest first, by actor, by event type (target already has its index, V1).
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at, id);
