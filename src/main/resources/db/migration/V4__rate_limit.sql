-- Version 4 (version 3 is the identity-resolution schema, built on another branch).
-- Per-integration SCIM rate limit shared by every node (dev.roster.scim.ratelimit): one token bucket row per
-- integration. Nodes add what they admitted every 100 ms and read the balance back; the balance may go
-- negative (a debt repaid by refusals). Rows go with their integration.

CREATE TABLE scim_rate_limit (
    integration_id VARCHAR(64)      NOT NULL PRIMARY KEY,
    tokens         DOUBLE PRECISION NOT NULL,
    updated_at     BIGINT           NOT NULL,
    CONSTRAINT fk_rate_limit_integration FOREIGN KEY (integration_id) REFERENCES integration (id) ON DELETE CASCADE
);
