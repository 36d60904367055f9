-- Roster schema, version 5: what an index page (startIndex) may reuse of an earlier listing.
-- Portable between H2 2.x and PostgreSQL 15+ like V1.

-- Per integration and resource type ('USER', 'GROUP'): a counter that every delete and every create that
-- lands before the newest row of the listing order (created_at, id) bumps, in its own transaction, and that
-- newest row. A node that knows where row N of the listing was may seek there instead of skipping N rows
-- only while the counter still has the value it had then (dev.roster.directory.store.ListingVersions).
-- A row appears with the first change of its directory; it is never deleted, so the counter never restarts.
CREATE TABLE listing_version (
    integration_id  VARCHAR(64) NOT NULL,
    resource_kind   VARCHAR(8)  NOT NULL,
    version         BIGINT      NOT NULL,
    last_created_at BIGINT,
    last_id         VARCHAR(36),
    PRIMARY KEY (integration_id, resource_kind)
);
