-- The registry (subjects, websites), filing orders, documents, account resources, reference data and
-- the national-registry stand-in. Runs unchanged on H2 and PostgreSQL; the one vendor-specific
-- column type (document bytes) is in db/migration/{vendor}/V3.

-- ---------------------------------------------------------------- reference data (filled by V4)
CREATE TABLE region (
    code        VARCHAR(6)  NOT NULL PRIMARY KEY,
    name        VARCHAR(64) NOT NULL,
    region_level VARCHAR(12) NOT NULL,
    parent_code VARCHAR(6),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);
CREATE INDEX ix_region_parent ON region (parent_code, code);

CREATE TABLE province (
    code         VARCHAR(6)  NOT NULL PRIMARY KEY,
    name         VARCHAR(32) NOT NULL,
    short_name   VARCHAR(16) NOT NULL,
    abbreviation VARCHAR(2)  NOT NULL,
    CONSTRAINT fk_province_region FOREIGN KEY (code) REFERENCES region (code)
);

CREATE TABLE subject_nature (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(64)  NOT NULL,
    name_en    VARCHAR(128) NOT NULL,
    individual BOOLEAN      NOT NULL
);

CREATE TABLE certificate_type (
    code       VARCHAR(48)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(128) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    for_person BOOLEAN      NOT NULL
);

CREATE TABLE nature_certificate_type (
    nature_code           VARCHAR(40) NOT NULL,
    certificate_type_code VARCHAR(48) NOT NULL,
    CONSTRAINT pk_nature_certificate_type PRIMARY KEY (nature_code, certificate_type_code),
    CONSTRAINT fk_nct_nature FOREIGN KEY (nature_code) REFERENCES subject_nature (code),
    CONSTRAINT fk_nct_certificate FOREIGN KEY (certificate_type_code) REFERENCES certificate_type (code)
);

CREATE TABLE fileable_tld (
    tld             VARCHAR(64)  NOT NULL PRIMARY KEY,
    ascii           VARCHAR(64)  NOT NULL,
    fileable        BOOLEAN      NOT NULL,
    is_country_code BOOLEAN      NOT NULL,
    is_second_level BOOLEAN      NOT NULL,
    note            VARCHAR(200)
);

-- Days that break the Monday-to-Friday pattern: HOLIDAY (a weekday off) or WORKDAY (a weekend worked).
CREATE TABLE calendar_exception (
    calendar_day DATE         NOT NULL PRIMARY KEY,
    kind         VARCHAR(8)   NOT NULL,
    name         VARCHAR(32)  NOT NULL,
    source       VARCHAR(200) NOT NULL
);

-- Province rules as data: the value in force on a date is the row with the latest effective_from not
-- after it; province_code 000000 is the national default a province row overrides.
CREATE SEQUENCE province_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE province_rule (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    province_code  VARCHAR(6)   NOT NULL,
    rule_key       VARCHAR(64)  NOT NULL,
    rule_value     VARCHAR(500) NOT NULL,
    effective_from DATE         NOT NULL,
    source         VARCHAR(300) NOT NULL,
    CONSTRAINT uk_province_rule UNIQUE (province_code, rule_key, effective_from)
);
CREATE INDEX ix_province_rule_key ON province_rule (rule_key, province_code, effective_from);

CREATE SEQUENCE verification_point_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE verification_point (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    province_code VARCHAR(6)    NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    address       VARCHAR(300)  NOT NULL,
    opening_hours VARCHAR(128)  NOT NULL,
    phone         VARCHAR(32),
    latitude      DECIMAL(9, 6) NOT NULL,
    longitude     DECIMAL(9, 6) NOT NULL,
    CONSTRAINT fk_verification_point_province FOREIGN KEY (province_code) REFERENCES province (code)
);
CREATE INDEX ix_verification_point_province ON verification_point (province_code);

-- The provider's own details shown in the public-security filing guide (key / value).
CREATE TABLE provider_detail (
    detail_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    detail_value VARCHAR(300) NOT NULL
);

-- ---------------------------------------------------------------- documents
CREATE SEQUENCE document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE document (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    width        INTEGER,
    height       INTEGER,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_document_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_document_account ON document (account_id, kind, created_at);

-- ---------------------------------------------------------------- account resources
CREATE SEQUENCE cloud_resource_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE cloud_resource (
    id               BIGINT      NOT NULL PRIMARY KEY,
    version          BIGINT      NOT NULL,
    account_id       BIGINT      NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    instance_id      VARCHAR(64) NOT NULL,
    public_ip        VARCHAR(45),
    region_name      VARCHAR(64) NOT NULL,
    mainland         BOOLEAN     NOT NULL,
    billing_mode     VARCHAR(16) NOT NULL,
    purchased_months INTEGER     NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    bandwidth_mbps   INTEGER     NOT NULL,
    CONSTRAINT uk_cloud_resource_instance UNIQUE (instance_id),
    CONSTRAINT fk_cloud_resource_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_cloud_resource_account ON cloud_resource (account_id);
CREATE INDEX ix_cloud_resource_ip ON cloud_resource (public_ip);

CREATE SEQUENCE authorisation_code_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE authorisation_code (
    id                BIGINT      NOT NULL PRIMARY KEY,
    version           BIGINT      NOT NULL,
    code              VARCHAR(32) NOT NULL,
    issuer_account_id BIGINT      NOT NULL,
    resource_id       BIGINT      NOT NULL,
    holder_account_id BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked           BOOLEAN     NOT NULL,
    CONSTRAINT uk_authorisation_code UNIQUE (code),
    CONSTRAINT fk_authorisation_code_issuer FOREIGN KEY (issuer_account_id) REFERENCES account (id),
    CONSTRAINT fk_authorisation_code_resource FOREIGN KEY (resource_id) REFERENCES cloud_resource (id),
    CONSTRAINT fk_authorisation_code_holder FOREIGN KEY (holder_account_id) REFERENCES account (id)
);
CREATE INDEX ix_authorisation_code_issuer ON authorisation_code (issuer_account_id);

CREATE SEQUENCE curtain_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE curtain_request (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    recipient       VARCHAR(64)  NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    address         VARCHAR(300) NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    free_of_charge  BOOLEAN      NOT NULL,
    courier         VARCHAR(32),
    tracking_number VARCHAR(64),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ships_on        DATE         NOT NULL,
    shipped_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_curtain_request_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_curtain_request_account ON curtain_request (account_id);
CREATE INDEX ix_curtain_request_state ON curtain_request (state, ships_on);

-- ---------------------------------------------------------------- registry
CREATE SEQUENCE subject_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE subject (
    id                             BIGINT       NOT NULL PRIMARY KEY,
    version                        BIGINT       NOT NULL,
    account_id                     BIGINT       NOT NULL,
    icp_number                     VARCHAR(32)  NOT NULL,
    status                         VARCHAR(16)  NOT NULL,
    province_code                  VARCHAR(6)   NOT NULL,
    city_code                      VARCHAR(6)   NOT NULL,
    district_code                  VARCHAR(6),
    nature                         VARCHAR(40)  NOT NULL,
    certificate_type               VARCHAR(48)  NOT NULL,
    certificate_number             VARCHAR(64)  NOT NULL,
    name                           VARCHAR(200) NOT NULL,
    certificate_address            VARCHAR(300),
    investor                       VARCHAR(200),
    legal_representative           VARCHAR(64),
    mailing_address                VARCHAR(300) NOT NULL,
    remark                         VARCHAR(1000),
    principal_name                 VARCHAR(64)  NOT NULL,
    principal_certificate_type     VARCHAR(48)  NOT NULL,
    principal_certificate_number   VARCHAR(64)  NOT NULL,
    principal_office_phone         VARCHAR(32),
    principal_mobile               VARCHAR(20)  NOT NULL,
    principal_email                VARCHAR(254) NOT NULL,
    filing_password_hash           VARCHAR(512),
    approved_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_subject_icp_number UNIQUE (icp_number),
    CONSTRAINT fk_subject_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_subject_account ON subject (account_id);
CREATE INDEX ix_subject_certificate ON subject (certificate_number, certificate_type);
CREATE INDEX ix_subject_principal_mobile ON subject (principal_mobile);

CREATE SEQUENCE website_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE website (
    id                           BIGINT       NOT NULL PRIMARY KEY,
    version                      BIGINT       NOT NULL,
    subject_id                   BIGINT       NOT NULL,
    icp_number                   VARCHAR(40)  NOT NULL,
    status                       VARCHAR(20)  NOT NULL,
    name                         VARCHAR(200) NOT NULL,
    service_content              VARCHAR(32)  NOT NULL,
    pre_approval_types           VARCHAR(300) NOT NULL,
    languages                    VARCHAR(300) NOT NULL,
    remark                       VARCHAR(1000),
    principal_same_as_subject    BOOLEAN      NOT NULL,
    principal_name               VARCHAR(64),
    principal_certificate_type   VARCHAR(48),
    principal_certificate_number VARCHAR(64),
    principal_office_phone       VARCHAR(32),
    principal_mobile             VARCHAR(20),
    principal_email              VARCHAR(254),
    public_security_number       VARCHAR(32),
    public_security_filed_on     DATE,
    approved_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_website_icp_number UNIQUE (icp_number),
    CONSTRAINT fk_website_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
);
CREATE INDEX ix_website_subject ON website (subject_id);
CREATE INDEX ix_website_public_security ON website (status, public_security_number);

CREATE TABLE website_domain (
    website_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    domain     VARCHAR(253) NOT NULL,
    CONSTRAINT pk_website_domain PRIMARY KEY (website_id, position),
    CONSTRAINT fk_website_domain_website FOREIGN KEY (website_id) REFERENCES website (id)
);
CREATE INDEX ix_website_domain_domain ON website_domain (domain);

CREATE TABLE website_homepage (
    website_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    url        VARCHAR(300) NOT NULL,
    CONSTRAINT pk_website_homepage PRIMARY KEY (website_id, position),
    CONSTRAINT fk_website_homepage_website FOREIGN KEY (website_id) REFERENCES website (id)
);

CREATE TABLE website_cloud_service (
    website_id         BIGINT      NOT NULL,
    position           INTEGER     NOT NULL,
    kind               VARCHAR(24) NOT NULL,
    resource_reference VARCHAR(64) NOT NULL,
    public_ip          VARCHAR(45),
    CONSTRAINT pk_website_cloud_service PRIMARY KEY (website_id, position),
    CONSTRAINT fk_website_cloud_service_website FOREIGN KEY (website_id) REFERENCES website (id)
);
CREATE INDEX ix_website_cloud_service_ref ON website_cloud_service (resource_reference);

-- Access providers a website is filed with; several may coexist. ended_at set when access ends.
CREATE SEQUENCE website_access_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE website_access (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    website_id    BIGINT       NOT NULL,
    provider_name VARCHAR(128) NOT NULL,
    this_provider BOOLEAN      NOT NULL,
    since         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_website_access_website FOREIGN KEY (website_id) REFERENCES website (id)
);
CREATE INDEX ix_website_access_website ON website_access (website_id, ended_at);

-- ---------------------------------------------------------------- filing orders
CREATE SEQUENCE filing_order_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE order_number_seq START WITH 1000000 INCREMENT BY 1;
CREATE TABLE filing_order (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    order_number                VARCHAR(20)   NOT NULL,
    account_id                  BIGINT        NOT NULL,
    order_type                  VARCHAR(32)   NOT NULL,
    state                       VARCHAR(24)   NOT NULL,
    subject_id                  BIGINT,
    province_code               VARCHAR(6)    NOT NULL,
    subject_name                VARCHAR(200),
    subject_certificate_number  VARCHAR(64),
    snapshot                    VARCHAR(1000000) NOT NULL,
    client_key                  VARCHAR(64),
    assisted_correction_agreed  BOOLEAN       NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at                TIMESTAMP WITH TIME ZONE,
    review_due_at               TIMESTAMP WITH TIME ZONE,
    bureau_due_at               TIMESTAMP WITH TIME ZONE,
    expires_at                  TIMESTAMP WITH TIME ZONE,
    completed_at                TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_filing_order_number UNIQUE (order_number),
    CONSTRAINT uk_filing_order_client_key UNIQUE (account_id, client_key),
    CONSTRAINT fk_filing_order_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_filing_order_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
);
-- The reviewers' queues: by state, province and type, oldest submission first.
CREATE INDEX ix_filing_order_queue ON filing_order (state, province_code, order_type, submitted_at);
CREATE INDEX ix_filing_order_account ON filing_order (account_id, created_at);
CREATE INDEX ix_filing_order_certificate ON filing_order (subject_certificate_number);
CREATE INDEX ix_filing_order_expiry ON filing_order (state, expires_at);

-- The domains an order proposes, for lookups by domain (the snapshot itself is not searchable).
CREATE TABLE filing_order_domain (
    order_id BIGINT       NOT NULL,
    domain   VARCHAR(253) NOT NULL,
    CONSTRAINT pk_filing_order_domain PRIMARY KEY (order_id, domain),
    CONSTRAINT fk_filing_order_domain_order FOREIGN KEY (order_id) REFERENCES filing_order (id)
);
CREATE INDEX ix_filing_order_domain_domain ON filing_order_domain (domain);

CREATE TABLE filing_order_document (
    order_id    BIGINT      NOT NULL,
    document_id BIGINT      NOT NULL,
    purpose     VARCHAR(48) NOT NULL,
    CONSTRAINT pk_filing_order_document PRIMARY KEY (order_id, document_id, purpose),
    CONSTRAINT fk_fod_order FOREIGN KEY (order_id) REFERENCES filing_order (id),
    CONSTRAINT fk_fod_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_filing_order_document_document ON filing_order_document (document_id);

CREATE SEQUENCE review_remark_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE review_remark (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    order_id    BIGINT        NOT NULL,
    field_path  VARCHAR(200)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    suggestion  VARCHAR(1000),
    reviewer    VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_review_remark_order FOREIGN KEY (order_id) REFERENCES filing_order (id)
);
CREATE INDEX ix_review_remark_order ON review_remark (order_id, created_at);

CREATE SEQUENCE order_history_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE order_history (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    order_id    BIGINT        NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    from_state  VARCHAR(24),
    to_state    VARCHAR(24)   NOT NULL,
    reason      VARCHAR(1000),
    CONSTRAINT fk_order_history_order FOREIGN KEY (order_id) REFERENCES filing_order (id)
);
CREATE INDEX ix_order_history_order ON order_history (order_id, occurred_at);

-- ---------------------------------------------------------------- national-registry stand-in
-- Records filed through other providers, as the bureau's registry would answer for them.
CREATE SEQUENCE national_subject_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE national_subject (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    icp_number           VARCHAR(32)  NOT NULL,
    province_code        VARCHAR(6)   NOT NULL,
    nature               VARCHAR(40)  NOT NULL,
    certificate_type     VARCHAR(48)  NOT NULL,
    certificate_number   VARCHAR(64)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    principal_name       VARCHAR(64)  NOT NULL,
    filing_password_hash VARCHAR(512) NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_national_subject_icp UNIQUE (icp_number)
);
CREATE INDEX ix_national_subject_certificate ON national_subject (certificate_number, certificate_type);

CREATE SEQUENCE national_website_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE national_website (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    national_subject_id BIGINT       NOT NULL,
    icp_number          VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    access_providers    VARCHAR(500) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_national_website_icp UNIQUE (icp_number),
    CONSTRAINT fk_national_website_subject FOREIGN KEY (national_subject_id) REFERENCES national_subject (id)
);

CREATE TABLE national_website_domain (
    national_website_id BIGINT       NOT NULL,
    position            INTEGER      NOT NULL,
    domain              VARCHAR(253) NOT NULL,
    CONSTRAINT pk_national_website_domain PRIMARY KEY (national_website_id, position),
    CONSTRAINT fk_nwd_website FOREIGN KEY (national_website_id) REFERENCES national_website (id)
);
CREATE INDEX ix_national_website_domain ON national_website_domain (domain);
