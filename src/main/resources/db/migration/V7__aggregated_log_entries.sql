-- Roster schema, version 7: one provisioning-log entry can stand for many requests.
-- Requests that fail authentication are logged aggregated, one entry per source, reason and minute with their
-- count, so an unauthenticated flood costs a bounded number of rows (dev.roster.audit.FailedAuthenticationLog).
-- Every other entry stands for one request. Portable between H2 2.x and PostgreSQL 15+.
ALTER TABLE provisioning_event ADD COLUMN occurrences INTEGER DEFAULT 1 NOT NULL;
