package dev.roster.directory.store;

import dev.roster.directory.entity.GroupEntity;
import dev.roster.directory.entity.ResourceEntity;
import dev.roster.directory.entity.UserEntity;
import dev.roster.scim.spi.ResourceType;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.function.Function;

/**
 * What the generic store needs to know of one resource type's table: its entity, the attributes that have
 * columns of their own (not indexed as rows), and how a refused name is explained.
 */
record ResourceTable<E extends ResourceEntity>(
        ResourceType type,
        Class<E> entityClass,
        NewEntity<E> newEntity,
        Set<String> columnAttributes,
        Function<JsonObject, String> conflictDetail) {

    /** The entity's constructor of a new row: its id, its directory, created now. */
    @FunctionalInterface
    interface NewEntity<E> {
        E create(String id, String integrationId, long now);
    }

    static final ResourceTable<UserEntity> USERS = new ResourceTable<>(
            ResourceType.USER,
            UserEntity.class,
            UserEntity::new,
            Set.of("username", "externalid", "active"),
            document -> "userName is already taken by another user in this directory");

    static final ResourceTable<GroupEntity> GROUPS = new ResourceTable<>(
            ResourceType.GROUP,
            GroupEntity.class,
            GroupEntity::new,
            Set.of("displayname", "externalid", "members"),
            document -> "A group with displayName '" + document.getString("displayName")
                    + "' already exists in this directory");
}
