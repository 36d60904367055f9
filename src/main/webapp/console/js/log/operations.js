// Provisioning-log operations in words. The keys are the server's EventOperation names.

export const OPERATIONS = {
    USER_CREATED: 'User created',
    USER_UPDATED: 'User updated',
    USER_DEACTIVATED: 'User deactivated',
    USER_REACTIVATED: 'User reactivated',
    USER_DELETED: 'User deleted',
    GROUP_CREATED: 'Group created',
    GROUP_UPDATED: 'Group updated',
    GROUP_RENAMED: 'Group renamed',
    GROUP_MEMBERS_ADDED: 'Members added',
    GROUP_MEMBERS_REMOVED: 'Members removed',
    GROUP_DELETED: 'Group deleted',
    REQUEST_REJECTED: 'Request rejected',
    INTEGRATION_CREATED: 'Integration created',
    INTEGRATION_UPDATED: 'Integration changed',
    INTEGRATION_DELETED: 'Integration deleted',
    SCIM_ENABLED: 'Provisioning enabled',
    SCIM_DISABLED: 'Provisioning disabled',
    TOKEN_REGENERATED: 'Token regenerated',
    TOKEN_ROTATED: 'Token rotated',
    CONFIGURED_TOKEN_APPLIED: 'Configured token applied',
    OAUTH_CLIENT_CREATED: 'OAuth client secret issued',
    OAUTH_CLIENT_DELETED: 'OAuth client deleted',
    ADMIN_SIGNED_IN: 'Admin signed in',
    ADMIN_SIGNED_OUT: 'Admin signed out',
    ADMIN_LOGIN_FAILED: 'Admin sign-in failed',
};

export function operationLabel(operation) {
    return OPERATIONS[operation] || operation;
}
