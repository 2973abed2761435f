-- Issue 13: electronic verification (电子化核验). One row per QR code the ministry's electronic
-- verification platform opened for an order; a refreshed code is a new row and the one it replaces is
-- SUPERSEDED. The reference is the token in the code's address (unique: the phone page finds its
-- session by it); the order's newest row is the one its page shows. The same script runs on H2 and
-- PostgreSQL.
CREATE SEQUENCE electronic_verification_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE electronic_verification (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    order_number   VARCHAR(20)  NOT NULL,
    reference      VARCHAR(64)  NOT NULL,
    phone_url      VARCHAR(500) NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    failure_reason VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_electronic_verification_reference UNIQUE (reference),
    CONSTRAINT fk_electronic_verification_order FOREIGN KEY (order_number) REFERENCES filing_order (order_number)
);
CREATE INDEX ix_electronic_verification_order ON electronic_verification (order_number, created_at);
