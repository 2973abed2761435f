-- Notifications: the transactional outbox of application events, the notifications planned from them
-- (one row per channel and recipient, unique per event), and the in-app inbox.
CREATE SEQUENCE outbox_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outbox_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    event_id     VARCHAR(36)   NOT NULL,
    event_type   VARCHAR(64)   NOT NULL,
    payload      VARCHAR(20000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_outbox_event UNIQUE (event_id)
);
CREATE INDEX ix_outbox_event_unpublished ON outbox_event (published_at, id);

CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE notification (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    event_id        VARCHAR(36)   NOT NULL,
    event_type      VARCHAR(64)   NOT NULL,
    channel         VARCHAR(8)    NOT NULL,
    account_id      BIGINT,
    recipient       VARCHAR(254)  NOT NULL,
    language_tag    VARCHAR(16)   NOT NULL,
    subject_line    VARCHAR(300)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_notification UNIQUE (event_id, channel, recipient)
);
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_account ON notification (account_id, created_at);

CREATE SEQUENCE inbox_message_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE inbox_message (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    account_id BIGINT        NOT NULL,
    event_id   VARCHAR(36)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_inbox_message UNIQUE (account_id, event_id),
    CONSTRAINT fk_inbox_message_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_inbox_message_account ON inbox_message (account_id, read_at, created_at);
