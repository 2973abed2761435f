-- The workflow: reviewers' claims, idempotent submission, the photo; the bureau simulator's cases and
-- SMS checks; SMS messages recorded by the simulated SMS gateway.
ALTER TABLE filing_order ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE filing_order ADD COLUMN claim_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE filing_order ADD COLUMN submission_key VARCHAR(64);
ALTER TABLE filing_order ADD COLUMN bureau_submitted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_filing_order_claim ON filing_order (claimed_by, claim_expires_at);

-- ICP numbers the simulated bureau issues: province abbreviation + ICP备 + 8 digits + 号.
CREATE SEQUENCE icp_number_seq START WITH 10000000 INCREMENT BY 1;

CREATE SEQUENCE bureau_case_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE bureau_case (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    order_number       VARCHAR(20)   NOT NULL,
    order_type         VARCHAR(32)   NOT NULL,
    province_code      VARCHAR(6)    NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decide_after       TIMESTAMP WITH TIME ZONE,
    decision           VARCHAR(16),
    decision_reason    VARCHAR(1000),
    decided_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_bureau_case_order UNIQUE (order_number)
);
CREATE INDEX ix_bureau_case_due ON bureau_case (state, decide_after);

CREATE SEQUENCE sms_check_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sms_check (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    case_id       BIGINT       NOT NULL,
    person_role   VARCHAR(40)  NOT NULL,
    person_name   VARCHAR(64)  NOT NULL,
    mobile        VARCHAR(20)  NOT NULL,
    id_last6      VARCHAR(6)   NOT NULL,
    code_hash     VARCHAR(512) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resends       INTEGER      NOT NULL,
    wrong_attempts INTEGER     NOT NULL,
    verified_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_sms_check_case FOREIGN KEY (case_id) REFERENCES bureau_case (id)
);
CREATE INDEX ix_sms_check_case ON sms_check (case_id);
CREATE INDEX ix_sms_check_mobile ON sms_check (mobile, verified_at);

CREATE SEQUENCE sms_message_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sms_message (
    id        BIGINT        NOT NULL PRIMARY KEY,
    version   BIGINT        NOT NULL,
    mobile    VARCHAR(20)   NOT NULL,
    body      VARCHAR(1000) NOT NULL,
    sender    VARCHAR(32)   NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sms_message_mobile ON sms_message (mobile, sent_at);

-- Subject numbers the simulated bureau issued: the id (from icp_number_seq) is the 8-digit number.
CREATE TABLE icp_number_issue (
    id           BIGINT      NOT NULL PRIMARY KEY,
    order_number VARCHAR(20) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
