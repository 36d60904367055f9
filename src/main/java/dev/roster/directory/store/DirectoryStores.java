package dev.roster.directory.store;

import dev.roster.scim.spi.ResourceStore;
import dev.roster.scim.spi.ResourceStores;
import dev.roster.scim.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The directory's store of each resource type. */
@ApplicationScoped
public class DirectoryStores implements ResourceStores {

    @Inject
    UserStore users;

    @Inject
    GroupStore groups;

    @Override
    public ResourceStore of(ResourceType type) {
        return type == ResourceType.USER ? users : groups;
    }
}
