-- Roster schema, version 3: identity resolution (issue 6). Portable between H2 2.x and PostgreSQL 15+
-- like V1 and V2: standard types only, times as epoch milliseconds (BIGINT).

-- A data repository (a Snowflake account, a PostgreSQL cluster …) whose service accounts BI tools share.
-- The Looker API settings map Looker's numeric user ids to emails for the repository's Looker accounts;
-- the client secret is stored encrypted (AES-GCM, see dev.roster.resolution.registry.SecretBox) and
-- never returned by the API.
CREATE TABLE data_repository (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    name_ci               VARCHAR(200) NOT NULL,
    repo_type             VARCHAR(32)  NOT NULL,
    looker_api_url        VARCHAR(500),
    looker_client_id      VARCHAR(200),
    looker_client_secret  VARCHAR(1000),
    looker_cache_seconds  INTEGER,
    created_at            BIGINT       NOT NULL,
    modified_at           BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_repository_name ON data_repository (name_ci);

-- A database account of a repository: the shared service account a BI tool or application connects
-- with, the integration (SCIM directory) that resolves its end users, and how. Marker columns are NULL
-- for the default marker names.
CREATE TABLE db_account (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    repository_id          VARCHAR(36)  NOT NULL REFERENCES data_repository (id) ON DELETE CASCADE,
    name                   VARCHAR(200) NOT NULL,
    name_ci                VARCHAR(200) NOT NULL,
    application            VARCHAR(16)  NOT NULL,
    integration_id         VARCHAR(64)  NOT NULL,
    retrieve_groups        BOOLEAN      NOT NULL,
    identity_key           VARCHAR(16)  NOT NULL,
    require_attribution    BOOLEAN      NOT NULL,
    marker_looker_context  VARCHAR(128),
    marker_email           VARCHAR(128),
    marker_end_user        VARCHAR(128),
    marker_custom_context  VARCHAR(128),
    created_at             BIGINT       NOT NULL,
    modified_at            BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_db_account_name ON db_account (repository_id, name_ci);
CREATE INDEX ix_db_account_integration ON db_account (integration_id);

-- An uploaded Looker user id -> email mapping, the alternative to Looker API credentials.
CREATE TABLE looker_user_mapping (
    repository_id  VARCHAR(36)  NOT NULL REFERENCES data_repository (id) ON DELETE CASCADE,
    looker_user_id BIGINT       NOT NULL,
    email          VARCHAR(320) NOT NULL,
    PRIMARY KEY (repository_id, looker_user_id)
);

-- API keys of resolution callers (the data layer), stored only as SHA-256 hashes. Revoked keys stay
-- for the record.
CREATE TABLE resolution_api_key (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    hint         VARCHAR(32)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    created_by   VARCHAR(100),
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE UNIQUE INDEX ux_api_key_hash ON resolution_api_key (secret_hash);

-- Session-scoped carriers (Tableau Initial SQL) per database session, shared by all nodes: upserted
-- when a marker is seen, read when a later statement of the session carries nothing itself.
-- carrier_kind is TABLEAU_ENDUSER or TABLEAU_EMAIL; reason is set for an unusable carrier (empty-user).
CREATE TABLE resolution_session (
    account_id   VARCHAR(36)  NOT NULL REFERENCES db_account (id) ON DELETE CASCADE,
    session_id   VARCHAR(200) NOT NULL,
    carrier_kind VARCHAR(32)  NOT NULL,
    claim_value  VARCHAR(320),
    domain       VARCHAR(320),
    reason       VARCHAR(40),
    detail       VARCHAR(500),
    updated_at   BIGINT       NOT NULL,
    expires_at   BIGINT       NOT NULL,
    PRIMARY KEY (account_id, session_id)
);
CREATE INDEX ix_resolution_session_expiry ON resolution_session (expires_at);

-- Attribution counters per database account and outcome ('attributed' or an unattributed reason).
-- Every node adds its in-memory tallies here every few seconds (UPDATE … SET count = count + ?).
CREATE TABLE attribution_counter (
    account_id   VARCHAR(36) NOT NULL REFERENCES db_account (id) ON DELETE CASCADE,
    outcome      VARCHAR(40) NOT NULL,
    total        BIGINT      NOT NULL,
    last_seen_at BIGINT      NOT NULL,
    PRIMARY KEY (account_id, outcome)
);

-- Recent resolutions per account (at most a few per account and flush; old ones are swept).
CREATE TABLE attribution_event (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id   VARCHAR(36)  NOT NULL REFERENCES db_account (id) ON DELETE CASCADE,
    occurred_at  BIGINT       NOT NULL,
    attributed   BOOLEAN      NOT NULL,
    outcome      VARCHAR(40)  NOT NULL,
    carrier      VARCHAR(32),
    claim_value  VARCHAR(320),
    user_id      VARCHAR(36),
    user_name    VARCHAR(512),
    session_id   VARCHAR(200)
);
CREATE INDEX ix_attribution_event_account ON attribution_event (account_id, occurred_at);
CREATE INDEX ix_attribution_event_time ON attribution_event (occurred_at);

-- Alerts: unattributed use of an account that requires attribution, one row per account, reason and
-- hour (window_start), counting occurrences, so a flood of unattributed queries is one alert per hour.
CREATE TABLE attribution_alert (
    account_id    VARCHAR(36) NOT NULL REFERENCES db_account (id) ON DELETE CASCADE,
    reason        VARCHAR(40) NOT NULL,
    window_start  BIGINT      NOT NULL,
    first_seen_at BIGINT      NOT NULL,
    last_seen_at  BIGINT      NOT NULL,
    occurrences   BIGINT      NOT NULL,
    PRIMARY KEY (account_id, reason, window_start)
);
CREATE INDEX ix_attribution_alert_time ON attribution_alert (last_seen_at);
