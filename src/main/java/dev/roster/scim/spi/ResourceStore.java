package dev.roster.scim.spi;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The stored resources of one type, in the directory of each integration. Documents are canonical SCIM JSON
 * (normalised, without {@code id}, {@code meta}, {@code groups} or {@code members}); the store assigns ids,
 * timestamps and versions. Every call runs inside the caller's transaction, and every lookup is scoped by
 * integration: another directory's ids do not exist here. Failures are {@code ScimException}s: 404 for an
 * unknown id, 409 {@code uniqueness} for a name taken in the directory, 400 for a value the store cannot hold.
 */
public interface ResourceStore {

    StoredResource create(String integrationId, JsonObject document);

    Optional<StoredResource> find(String integrationId, String id);

    /**
     * Reads the resource and locks it until the transaction ends, so concurrent writers of one resource take
     * turns: a read-modify-write can never overwrite another request's change.
     */
    Optional<StoredResource> findForUpdate(String integrationId, String id);

    /**
     * Replaces the document of {@code current}, which {@link #findForUpdate} read and locked in this
     * transaction; an identical document changes nothing, not even the version.
     */
    StoredResource replace(String integrationId, StoredResource current, JsonObject document);

    /** Records a change that is not in the document (a group's members): new lastModified and version. */
    StoredResource touch(String integrationId, String id);

    /**
     * Deletes the resource, which {@link #findForUpdate} read and locked in this transaction, and its
     * memberships: the groups it was in, and for a group the users that were its members, get a new version.
     */
    void delete(String integrationId, String id);

    /** Filters, sorts and pages (by index or by cursor) in the store. */
    Page<StoredResource> search(String integrationId, SearchSpec spec);
}
