-- Version 6 (issue 12): the configured SCIM token stays revoked, and resolution API keys get a scope.
-- Portable between H2 2.x and PostgreSQL 15+ like V1 to V4.

-- A configured value that start-up applies to the database, by setting key (roster.scim.token), stored only
-- as its SHA-256: a start applies the setting again only when its value differs from the one applied last,
-- so what admins did to the configured token since (Save, rotate, disable, deleting the integration) holds
-- across restarts. No foreign key: the row outlives a deleted `default` integration on purpose.
CREATE TABLE applied_setting (
    setting_key VARCHAR(100) NOT NULL PRIMARY KEY,
    value_hash  VARCHAR(64)  NOT NULL,
    applied_at  BIGINT       NOT NULL
);

-- Until now every start installed the configured token and enabled its integration again. The value in use
-- counts as applied (a start with the same value changes nothing), and what the earlier code failed to end
-- ends now: the configured token of an integration whose provisioning is disabled, and one that a Save or
-- rotate issued a newer token after.
INSERT INTO applied_setting (setting_key, value_hash, applied_at)
SELECT 'roster.scim.token', c.secret_hash, c.created_at FROM credential c
WHERE c.kind = 'CONFIGURED_TOKEN' AND c.integration_id = 'default'
ORDER BY c.created_at DESC, c.id
FETCH FIRST 1 ROWS ONLY;

DELETE FROM credential
WHERE kind = 'CONFIGURED_TOKEN'
  AND (integration_id IN (SELECT i.id FROM integration i WHERE i.scim_enabled = FALSE)
       OR EXISTS (SELECT 1 FROM credential s WHERE s.integration_id = credential.integration_id
                  AND s.kind = 'SCIM_TOKEN' AND s.created_at > credential.created_at));

-- A configured value is chosen by an operator, not generated: its first characters are no safe hint.
UPDATE credential SET hint = 'roster.scim.token' WHERE kind = 'CONFIGURED_TOKEN';

-- An API key reads every integration (all_integrations), or only those listed for it here. A deleted
-- integration leaves the scope of every key with it, so a key never covers an integration created later
-- under a reused id; a key whose whole list went reads nothing.
ALTER TABLE resolution_api_key ADD COLUMN all_integrations BOOLEAN DEFAULT TRUE NOT NULL;

CREATE TABLE resolution_api_key_scope (
    key_id         VARCHAR(36) NOT NULL REFERENCES resolution_api_key (id) ON DELETE CASCADE,
    integration_id VARCHAR(64) NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    PRIMARY KEY (key_id, integration_id)
);
