// What a rejected request most likely means, in the admin's terms: the product page says that when Okta's
// "Test Connector Configuration" fails, the token is the first suspect. The server's own detail is always
// shown too; this only adds the next step.

export function hintFor(event) {
    if (event.outcome !== 'rejected') return null;
    if (event.operation === 'ADMIN_LOGIN_FAILED') return 'A wrong admin username or password was entered.';
    const detail = (event.detail || '').toLowerCase();
    switch (event.status) {
        case 401:
            if (detail.includes('/oauth/')) return 'The OAuth client id or secret is wrong, or the secret was replaced.';
            return 'The IdP sent a token Roster does not accept: it is mistyped, from before the last Save, past its rotation grace, '
                + 'or provisioning is disabled. Paste the current token from the SCIM panel and test again.';
        case 403:
            return 'The request was refused for this caller. Check that the IdP uses this integration’s own token.';
        case 404:
            return 'The IdP referred to a user or group that is not in this directory (deleted here, or provisioned through another integration).';
        case 409:
            return 'Something with the same unique name already exists in this directory. Look for a duplicate username or group name in the IdP.';
        case 412:
            return 'The IdP’s copy was out of date (ETag mismatch); it normally re-reads and retries.';
        case 413:
            return 'The request was larger than Roster accepts (roster.scim.max-body-bytes or the bulk limits).';
        case 400:
            return 'Roster could not accept the request: the detail names the attribute, filter or value at fault.';
        default:
            if (event.status >= 500) return 'Roster failed to handle the request; the server log has the cause.';
            return null;
    }
}
