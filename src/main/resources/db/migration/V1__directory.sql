-- Roster schema, version 1. Written once for H2 2.x and PostgreSQL 15+: standard types only,
-- times as epoch milliseconds (BIGINT), identifiers as text UUIDs.

-- An IdP integration is an isolated directory with its own credentials.
CREATE TABLE integration (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    idp           VARCHAR(16)  NOT NULL,
    scim_enabled  BOOLEAN      NOT NULL,
    created_at    BIGINT       NOT NULL,
    modified_at   BIGINT       NOT NULL
);

-- Bearer tokens and OAuth client secrets, stored only as SHA-256 hashes (hex).
CREATE TABLE credential (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    integration_id VARCHAR(64)  NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    kind           VARCHAR(16)  NOT NULL,
    secret_hash    VARCHAR(64)  NOT NULL,
    hint           VARCHAR(32)  NOT NULL,
    created_at     BIGINT       NOT NULL,
    expires_at     BIGINT,
    last_used_at   BIGINT
);
CREATE UNIQUE INDEX ux_credential_hash ON credential (secret_hash);
CREATE INDEX ix_credential_integration ON credential (integration_id, kind);

-- Users. The document holds the canonical SCIM JSON (without id, meta, groups, password); the
-- columns beside it are what lookups, uniqueness and ordering need, kept in step by the store.
CREATE TABLE scim_user (
    id             VARCHAR(36)     NOT NULL PRIMARY KEY,
    integration_id VARCHAR(64)     NOT NULL,
    user_name      VARCHAR(512)    NOT NULL,
    user_name_ci   VARCHAR(512)    NOT NULL,
    external_id    VARCHAR(512),
    display_name   VARCHAR(512),
    email_ci       VARCHAR(512),
    active         BOOLEAN         NOT NULL,
    created_at     BIGINT          NOT NULL,
    modified_at    BIGINT          NOT NULL,
    version        BIGINT          NOT NULL,
    document       VARCHAR(10000000) NOT NULL
);
CREATE UNIQUE INDEX ux_user_name ON scim_user (integration_id, user_name_ci);
CREATE INDEX ix_user_order ON scim_user (integration_id, created_at, id);
CREATE INDEX ix_user_external ON scim_user (integration_id, external_id);
CREATE INDEX ix_user_email ON scim_user (integration_id, email_ci);
-- No foreign key to integration: H2 would add an index of its own for it, one more B-tree written on
-- every create, and its planner would prefer it over ix_user_order for paging. Deleting an integration
-- deletes its directory explicitly (dev.roster.directory.store.DirectoryDeletion).

CREATE TABLE scim_group (
    id              VARCHAR(36)     NOT NULL PRIMARY KEY,
    integration_id  VARCHAR(64)     NOT NULL,
    display_name    VARCHAR(512)    NOT NULL,
    display_name_ci VARCHAR(512)    NOT NULL,
    external_id     VARCHAR(512),
    created_at      BIGINT          NOT NULL,
    modified_at     BIGINT          NOT NULL,
    version         BIGINT          NOT NULL,
    document        VARCHAR(10000000) NOT NULL
);
CREATE UNIQUE INDEX ux_group_name ON scim_group (integration_id, display_name_ci);
CREATE INDEX ix_group_order ON scim_group (integration_id, created_at, id);
CREATE INDEX ix_group_external ON scim_group (integration_id, external_id);

-- Group membership as rows, so adding or removing one member is one indexed statement.
-- member_id names a scim_user or a scim_group of the same integration (member_type says which).
CREATE TABLE group_member (
    group_id    VARCHAR(36) NOT NULL REFERENCES scim_group (id) ON DELETE CASCADE,
    member_id   VARCHAR(36) NOT NULL,
    member_type VARCHAR(8)  NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX ix_group_member_member ON group_member (member_id);

-- Every filterable attribute value that has no column of its own, one row per (sub-)attribute
-- value, so any SCIM filter becomes an indexed EXISTS. elem numbers the elements of a
-- multi-valued attribute, so a value path ([type eq "work" and value co "x"]) matches within one.
CREATE TABLE scim_attribute_value (
    resource_id VARCHAR(36)  NOT NULL,
    attr        VARCHAR(300) NOT NULL,
    sub_attr    VARCHAR(64)  NOT NULL,
    elem        INTEGER      NOT NULL,
    value_text  VARCHAR(512),
    value_ci    VARCHAR(512),
    value_num   DOUBLE PRECISION,
    value_bool  BOOLEAN,
    PRIMARY KEY (resource_id, attr, sub_attr, elem)
);
-- One value index: caseExact text matches through value_ci first (then value_text), and numbers and
-- dates are found by their (attr, sub_attr) prefix. Every index is one more B-tree written per commit.
CREATE INDEX ix_attr_ci ON scim_attribute_value (attr, sub_attr, value_ci);

-- The provisioning log: SCIM writes, rejected requests and admin actions.
CREATE TABLE provisioning_event (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    integration_id VARCHAR(64),
    occurred_at    BIGINT        NOT NULL,
    operation      VARCHAR(40)   NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    status         INTEGER       NOT NULL,
    resource_type  VARCHAR(16),
    resource_id    VARCHAR(36),
    resource_name  VARCHAR(512),
    detail         VARCHAR(2000),
    changes        VARCHAR(100000),
    source_address VARCHAR(64),
    user_agent     VARCHAR(512),
    actor          VARCHAR(100)
);
CREATE INDEX ix_event_integration_time ON provisioning_event (integration_id, occurred_at);
CREATE INDEX ix_event_time ON provisioning_event (occurred_at);

-- Admin accounts for the console and the admin API; passwords only as PBKDF2 hashes.
CREATE TABLE admin_account (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(400) NOT NULL,
    created_at    BIGINT       NOT NULL,
    modified_at   BIGINT       NOT NULL
);
