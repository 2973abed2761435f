-- Verification codes (registration e-mail and mobile, password reset, the filing wizard's principal
-- mobile): one row per purpose and target, holding a salted hash of the current code, never the code.
-- The unique constraint is also the index of the one lookup (purpose, target). The same script runs on
-- H2 and PostgreSQL.
CREATE SEQUENCE verification_code_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE verification_code (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    purpose        VARCHAR(32)  NOT NULL,
    target         VARCHAR(254) NOT NULL,
    code_hash      VARCHAR(64),
    code_salt      VARCHAR(32),
    sent_at        TIMESTAMP WITH TIME ZONE,
    expires_at     TIMESTAMP WITH TIME ZONE,
    wrong_attempts INTEGER      NOT NULL,
    sends_on       DATE,
    sends_that_day INTEGER      NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_verification_code UNIQUE (purpose, target)
);

-- Password reset finds the account by its user name and compares the mobile; nothing to index there.
-- A later clean-up of old codes reads them by when they were sent.
CREATE INDEX ix_verification_code_sent ON verification_code (sent_at);
