// The step-by-step setup in each IdP's own words and menu paths. Plain data; setup-guide.js renders it.
// Step parts: {text}, {path: [...]}, {list: [...]}, {values: [[label, valueKey | literal]]},
// {mapping: {columns, rows}}, {tip, link: 'log' | 'users' | 'groups'}, {code} (see ui/guide-steps.js).

export const GUIDES = {
    okta: {
        title: 'Set up provisioning in Okta',
        intro: 'Use the Okta app that signs users in (a new SSO app with nobody assigned yet is best, so you can start small).',
        steps: [
            { title: 'Turn on SCIM for the app', parts: [
                { path: ['Applications', 'Applications', 'your SSO app', 'General', 'App Settings', 'Edit'] },
                { text: 'Under Provisioning choose SCIM, then Save. A Provisioning tab appears.' },
            ] },
            { title: 'Paste the values', parts: [
                { path: ['Provisioning', 'Integration', 'Edit'] },
                { values: [
                    ['SCIM connector base URL', 'baseUrl'],
                    ['Unique identifier field for users', 'uniqueIdentifierField'],
                    ['Supported provisioning actions', 'provisioningActions'],
                    ['Authentication Mode', 'authenticationMode'],
                    ['Bearer Token (Authorization)', 'token'],
                ] },
            ] },
            { title: 'Test Connector Configuration', parts: [
                { text: 'Click Test Connector Configuration. Okta checks the connection and lists what Roster supports; then click Close and Save.' },
                { tip: 'If the test fails, the provisioning log shows the rejected request and why. A token problem is the usual cause: click Save here for a new token and paste it into Okta.', link: 'log' },
            ] },
            { title: 'Enable provisioning to Roster', parts: [
                { path: ['Provisioning', 'To App', 'Edit'] },
                { text: 'Enable these, then Save:' },
                { list: ['Create Users', 'Update User Attributes', 'Deactivate Users'] },
            ] },
            { title: 'Map the attributes', parts: [
                { text: 'On the same page, under Attribute Mappings, make sure these four are mapped. Remove attributes you do not want to share, then Force Sync.' },
                { mapping: { columns: ['Okta attribute', 'Roster (SCIM) attribute'], rows: [
                    ['First name (firstName)', 'name.givenName'],
                    ['Last name (lastName)', 'name.familyName'],
                    ['Username (userName)', 'userName'],
                    ['Primary email (email)', 'emails[primary].value'],
                ] } },
            ] },
            { title: 'Assign users and groups', parts: [
                { path: ['Assignments', 'Assign', 'Assign to People / Assign to Groups'] },
                { text: 'Start with a small group before assigning everyone.' },
                { tip: 'If Okta says "User was assigned this application before Provisioning was enabled", click Provision User.' },
            ] },
            { title: 'Push Groups', parts: [
                { path: ['Push Groups', 'Push Groups', 'Find groups by name'] },
                { text: 'Pick a group assigned to the app (not Everyone), choose Create Group, and Save. Its push status goes from Pending to Active.' },
            ] },
            { title: 'Check the result', parts: [
                { text: 'The users and groups appear in Roster’s directory, and every request Okta made is in the provisioning log.' },
                { tip: 'Open the directory', link: 'users' },
            ] },
        ],
    },
    entra: {
        title: 'Set up provisioning in Microsoft Entra ID',
        intro: 'Use the enterprise application that signs users in, or create a non-gallery application for Roster.',
        steps: [
            { title: 'Open the application’s provisioning', parts: [
                { path: ['Microsoft Entra admin center', 'Enterprise applications', 'your application', 'Provisioning'] },
                { text: 'For a new application: New application → Create your own application → Integrate any other application you don’t find in the gallery.' },
            ] },
            { title: 'Choose Automatic', parts: [
                { text: 'Click Get started (or New configuration) and set Provisioning Mode to Automatic.' },
            ] },
            { title: 'Enter the Tenant URL and Secret Token', parts: [
                { path: ['Admin Credentials'] },
                { values: [['Tenant URL', 'baseUrl'], ['Secret Token', 'token']] },
            ] },
            { title: 'Test Connection', parts: [
                { text: 'Click Test Connection. Entra reports "The supplied credentials are authorized to enable provisioning". Then Save.' },
                { tip: 'If the test fails, the provisioning log shows the rejected request and why. For a token problem, click Save here for a new token and paste it into Entra.', link: 'log' },
            ] },
            { title: 'Check the mappings', parts: [
                { path: ['Mappings', 'Provision Microsoft Entra ID Users'] },
                { mapping: { columns: ['Entra ID attribute', 'Roster (SCIM) attribute'], rows: [
                    ['userPrincipalName', 'userName'],
                    ['mail', 'emails[type eq "work"].value'],
                    ['givenName', 'name.givenName'],
                    ['surname', 'name.familyName'],
                    ['displayName', 'displayName'],
                    ['Switch([IsSoftDeleted], …)', 'active'],
                ] } },
                { text: 'Under Provision Microsoft Entra ID Groups keep displayName → displayName and members → members.' },
            ] },
            { title: 'Scope and assignments', parts: [
                { text: 'In Settings set Scope to "Sync only assigned users and groups", then add users and groups under Users and groups.' },
            ] },
            { title: 'Start provisioning', parts: [
                { text: 'Set Provisioning Status to On and Save. Entra runs an initial cycle, then one about every 40 minutes; Provision on demand pushes one user right away for testing.' },
            ] },
            { title: 'Check the result', parts: [
                { text: 'Users and groups (Entra may nest groups) appear in Roster’s directory; the provisioning log shows each request.' },
                { tip: 'Open the directory', link: 'users' },
            ] },
        ],
    },
    generic: {
        title: 'Connect any SCIM 2.0 client',
        intro: 'Roster implements SCIM 2.0 (RFC 7643/7644): Users, Groups, PATCH, filtering, sorting, paging and Bulk.',
        steps: [
            { title: 'Point the client at Roster', parts: [
                { values: [['SCIM base URL', 'baseUrl'], ['Unique identifier for users', 'uniqueIdentifierField'], ['Authorization header', 'Bearer <token>']] },
            ] },
            { title: 'Try it', parts: [
                { text: 'With the token in an environment variable (never on a shared command line):' },
                { code: 'curl -H "Authorization: Bearer $ROSTER_TOKEN" {baseUrl}/ServiceProviderConfig' },
            ] },
            { title: 'Or use OAuth client credentials', parts: [
                { text: 'Clients that fetch their own short-lived token can use the OAuth client on this page instead of a static bearer token.' },
            ] },
            { title: 'Watch the log', parts: [
                { text: 'Every write and every rejected request is in the provisioning log with its status and error.' },
                { tip: 'Open the provisioning log', link: 'log' },
            ] },
        ],
    },
};
