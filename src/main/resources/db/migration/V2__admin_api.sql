-- Roster schema, version 2: the admin API, console sessions and OAuth client credentials.
-- Portable between H2 2.x and PostgreSQL 15+ like V1 (times as epoch milliseconds).

-- OAUTH_CLIENT_SECRET and OAUTH_ACCESS_TOKEN are longer than V1's 16 characters.
ALTER TABLE credential ALTER COLUMN kind SET DATA TYPE VARCHAR(32);
-- Expired tokens (rotated out, or OAuth access tokens past their lifetime) are swept by expiry.
CREATE INDEX ix_credential_expiry ON credential (expires_at);

-- Lifetime of the OAuth access tokens this integration's client gets; NULL means the configured default.
ALTER TABLE integration ADD COLUMN oauth_token_lifetime_seconds INTEGER;

-- The integration status shows the latest rejected request without scanning the whole log.
CREATE INDEX ix_event_outcome ON provisioning_event (integration_id, outcome, occurred_at);

-- The HMAC key that signs console session cookies. One row, written by whichever node starts first,
-- so every node verifies every other node's cookies.
CREATE TABLE admin_session_key (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at BIGINT       NOT NULL
);

-- Console sessions signed out before they expired. A row lives until the session could no longer be
-- valid anyway (its absolute lifetime), so the table stays as small as the number of recent sign-outs.
CREATE TABLE admin_session_revocation (
    session_id VARCHAR(64) NOT NULL PRIMARY KEY,
    revoked_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX ix_session_revocation_expiry ON admin_session_revocation (expires_at);

-- Consecutive failed admin logins per (username, client address), keyed by a hash of both so that a
-- password typed into the username field is not stored. Shared by all nodes, so spreading guesses
-- over nodes gains nothing.
CREATE TABLE admin_login_failure (
    key_hash         VARCHAR(64) NOT NULL PRIMARY KEY,
    failures         INTEGER     NOT NULL,
    first_failure_at BIGINT      NOT NULL,
    last_failure_at  BIGINT      NOT NULL
);
CREATE INDEX ix_login_failure_time ON admin_login_failure (last_failure_at);
