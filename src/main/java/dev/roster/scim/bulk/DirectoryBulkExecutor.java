package dev.roster.scim.bulk;

import dev.roster.scim.service.ResourceService;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs bulk operations through the same {@link ResourceService} methods as the single requests, so validation,
 * versioning and the provisioning log are identical. Deliberately not {@code @Transactional}: each service
 * call then opens and commits its own transaction.
 */
@ApplicationScoped
public class DirectoryBulkExecutor implements BulkOperationExecutor {

    @Inject
    ResourceService resources;

    @Override
    public ExecutedOperation execute(String integrationId, ResolvedOperation op) {
        ResourceType type = op.endpoint();
        return switch (op.method()) {
            case POST ->
                written(resources.create(type, integrationId, op.data()).resource());
            case PUT ->
                written(resources
                        .replace(type, integrationId, op.resourceId(), op.data(), op.ifMatch())
                        .resource());
            case PATCH ->
                written(resources
                        .patch(type, integrationId, op.resourceId(), op.data(), op.ifMatch(), false)
                        .resource());
            case DELETE -> {
                resources.delete(type, integrationId, op.resourceId(), op.ifMatch());
                yield new ExecutedOperation(op.resourceId(), null);
            }
        };
    }

    private static ExecutedOperation written(StoredResource resource) {
        return new ExecutedOperation(resource.id(), resource.etag());
    }
}
