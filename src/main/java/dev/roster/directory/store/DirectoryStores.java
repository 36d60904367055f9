package dev.roster.directory.store;

import dev.roster.scim.spi.ResourceStore;
import dev.roster.scim.spi.ResourceStores;
import dev.roster.scim.spi.ResourceType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;

/**
 * The directory's store of each resource type, handed out only inside a transaction (the caller's): the
 * stores write with the transaction's entity manager, so a request's writes commit or roll back together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectoryStores implements ResourceStores {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    Memberships memberships;

    private final Map<ResourceType, ResourceStore> stores = new EnumMap<>(ResourceType.class);

    @PostConstruct
    void createStores() {
        stores.put(ResourceType.USER, new JpaResourceStore<>(ResourceTable.USERS, em, listings, memberships));
        stores.put(ResourceType.GROUP, new JpaResourceStore<>(ResourceTable.GROUPS, em, listings, memberships));
    }

    @Override
    public ResourceStore of(ResourceType type) {
        return stores.get(type);
    }
}
