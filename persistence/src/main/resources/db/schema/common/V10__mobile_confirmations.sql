-- Principal mobiles an account confirmed by an SMS code in the filing wizard. The unique constraint is
-- the index of the one lookup (account, mobiles of an order). The same script runs on H2 and PostgreSQL.
CREATE SEQUENCE mobile_confirmation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE mobile_confirmation (
    id           BIGINT      NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    mobile       VARCHAR(11) NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_mobile_confirmation UNIQUE (account_id, mobile)
);
