package dev.roster.directory.store;

import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The listings of users and groups: their searches, and the changes that move rows between indexes, which
 * the stores report here in the transaction that makes them. The positions this node learnt live as long as
 * the application (one instance per node).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Listings {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    OwnTransactionSql ownTransaction;

    @Inject
    Dialects dialects;

    private final ListingPositions positions = new ListingPositions();

    public Page<StoredResource> search(ResourceType kind, String integrationId, SearchSpec spec) {
        return new ResourceSearch(NativeSql.runner(em), versions(), positions).search(kind, integrationId, spec);
    }

    public void created(ResourceType kind, String integrationId, long createdAt, String id) {
        versions().created(integrationId, kind, createdAt, id);
    }

    public void deleted(ResourceType kind, String integrationId) {
        versions().deleted(integrationId, kind);
    }

    private ListingVersions versions() {
        return new ListingVersions(NativeSql.runner(em), ownTransaction, dialects.current());
    }
}
