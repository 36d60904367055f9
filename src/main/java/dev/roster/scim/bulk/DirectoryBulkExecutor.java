package dev.roster.scim.bulk;

import dev.roster.scim.service.GroupService;
import dev.roster.scim.service.UserService;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs bulk operations through the same {@link UserService} and {@link GroupService} methods as the single
 * requests, so validation, versioning and the provisioning log are identical. Deliberately not
 * {@code @Transactional}: each service call then opens and commits its own transaction.
 */
@ApplicationScoped
public class DirectoryBulkExecutor implements BulkOperationExecutor {

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Override
    public ExecutedOperation execute(String integrationId, ResolvedOperation operation) {
        return operation.endpoint() == ResourceType.USER
                ? onUsers(integrationId, operation)
                : onGroups(integrationId, operation);
    }

    private ExecutedOperation onUsers(String integrationId, ResolvedOperation op) {
        return switch (op.method()) {
            case POST -> written(users.create(integrationId, op.data()).user());
            case PUT ->
                written(users.replace(integrationId, op.resourceId(), op.data(), op.ifMatch())
                        .user());
            case PATCH ->
                written(users.patch(integrationId, op.resourceId(), op.data(), op.ifMatch())
                        .user());
            case DELETE -> {
                users.delete(integrationId, op.resourceId(), op.ifMatch());
                yield new ExecutedOperation(op.resourceId(), null);
            }
        };
    }

    private ExecutedOperation onGroups(String integrationId, ResolvedOperation op) {
        return switch (op.method()) {
            case POST -> written(groups.create(integrationId, op.data()).group());
            case PUT ->
                written(groups.replace(integrationId, op.resourceId(), op.data(), op.ifMatch())
                        .group());
            case PATCH -> written(groups.patch(integrationId, op.resourceId(), op.data(), op.ifMatch()));
            case DELETE -> {
                groups.delete(integrationId, op.resourceId(), op.ifMatch());
                yield new ExecutedOperation(op.resourceId(), null);
            }
        };
    }

    private static ExecutedOperation written(StoredResource resource) {
        return new ExecutedOperation(resource.id(), resource.etag());
    }
}
