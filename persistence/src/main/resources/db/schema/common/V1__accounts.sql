-- Login accounts and their roles. The same script runs on H2 and PostgreSQL.
-- Sequences start at 1000 (EclipseLink may hand out a first block from 951): ids below 900 are reserved
-- for rows that scripts insert (reference and demo data).
CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    email         VARCHAR(254),
    mobile        VARCHAR(20),
    language_tag  VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Audit trail written by the audit consumer from application events. event_id makes a redelivered
-- message a no-op: the consumer inserts only if the event id is new.
CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    event_id    VARCHAR(36)  NOT NULL,
    event_type  VARCHAR(64)  NOT NULL,
    actor       VARCHAR(64),
    target      VARCHAR(128),
    detail      VARCHAR(1000),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_audit_entry_event UNIQUE (event_id)
);
CREATE INDEX ix_audit_entry_target ON audit_entry (target, occurred_at);
