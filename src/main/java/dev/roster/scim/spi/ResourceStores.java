package dev.roster.scim.spi;

/** The storage of each resource type: what a storage backend provides to the SCIM engine. */
public interface ResourceStores {

    ResourceStore of(ResourceType type);
}
