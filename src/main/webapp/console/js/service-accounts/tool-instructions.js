// How to make a database account's tool name its end user, in the tool's own menus and with this account's
// marker names: Looker (its Query Context comment, with user ids mapped through the Looker API or an uploaded
// user map, or an email comment from a user attribute), Tableau (Initial SQL with [TableauServerUser]) or a
// custom application (RosterContext comments). Then how the data layer asks Roster, with an API key.

import { h } from '../core/dom.js';
import { apiUrl } from '../core/api.js';
import { plural } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { guideSteps } from '../ui/guide-steps.js';
import { repositoryHref, accountHref } from './service-accounts-header.js';
import { applicationName } from './vocabulary.js';

const STEPS = { looker: lookerSteps, tableau: tableauSteps, custom: customSteps };

export function toolInstructions({ repository, account }) {
    const steps = [...(STEPS[account.application] || customSteps)(repository, account), dataLayerStep(repository, account)];
    const links = {
        repository: h('a', { href: `${repositoryHref(repository.id)}` }, 'Open the repository’s Looker settings →'),
        'api-keys': h('a', { href: '#/service-accounts/api-keys' }, 'Manage API keys →'),
        resolve: h('a', { href: accountHref(repository.id, account.id, 'resolve') }, 'Resolve a statement →'),
    };
    return h('section', { class: 'card', id: 'tool-instructions', 'aria-labelledby': 'instructions-heading' },
        h('div', { class: 'card-header' }, h('div', {},
            h('h2', { id: 'instructions-heading' }, `Set up ${applicationName(account.application)}`),
            h('p', {}, `So that statements through ${account.name} name the person behind them`))),
        h('div', { class: 'card-body' }, guideSteps(steps, { linkTo: (key) => links[key] })));
}

function lookerSteps(repository, account) {
    const m = account.markers;
    const mapped = repository.looker || repository.lookerMappingEntries > 0;
    return [
        { title: 'Keep Looker’s context comment on', parts: [
            { path: ['Admin', 'Database', 'Connections', `the connection that logs in as ${account.name}`, 'Edit'] },
            { text: 'Leave Disable Context Comment off. It is off by default, except on BigQuery, where Looker does not add the comment. Looker then starts every query (Explores, SQL Runner, schedules, API) with:' },
            { code: `-- ${m.lookerContext} '{"user_id":123,"history_slug":"9e8d…","instance_slug":"a1b2…"}'` },
        ] },
        { title: 'Let Roster map Looker user ids to emails', parts: [
            { text: 'user_id is Looker’s own number, not an email. The repository maps it with Looker API credentials, an uploaded user map (consulted first), or both:' },
            { node: h('ul', { class: 'status-list' },
                statusItem(Boolean(repository.looker), repository.looker ? `Looker API credentials for ${repository.looker.apiUrl}` : 'No Looker API credentials'),
                statusItem(repository.lookerMappingEntries > 0, repository.lookerMappingEntries > 0
                    ? `Uploaded user map with ${plural(repository.lookerMappingEntries, 'entry', 'entries')}` : 'No uploaded user map')) },
            !mapped && { node: h('div', { class: 'callout callout-warning' }, icon('alert'),
                h('div', {}, h('strong', {}, 'Looker user ids cannot be mapped yet'),
                    'Until one of them is set up (or the email comment below is sent), Looker statements are unattributed with “Looker user ids cannot be mapped”.')) },
            { text: 'API credentials: give a Looker user a role whose permission set includes see_users, then create its key:' },
            { path: ['Admin', 'Users', 'that user', 'Edit', 'API Keys', 'New API Key'] },
            { text: 'User map: export the System Activity → User Explore with the fields User ID and Email as CSV.' },
            { tip: 'Both are set on the repository.', link: 'repository' },
        ] },
        { title: 'Or send the email itself', parts: [
            { text: 'Without any mapping, let each Explore’s SQL preamble (LookML) put the user’s email into the SQL with a user attribute:' },
            { code: `explore: orders {\n  sql_preamble: /* ${m.email}: {{ _user_attributes['email'] }} */ ;;\n}`, copy: 'Copy the sql_preamble' },
            { tip: 'Do not put the user attribute into the connection’s Additional JDBC parameters: Looker then keeps a connection pool per user. '
                + 'When user ids can be mapped too, the email must agree with the context comment, so nobody becomes someone else by typing a comment into SQL Runner.' },
        ] },
        { title: 'Expect persistent derived tables to be unattributed', parts: [
            { text: 'Looker builds PDTs itself, with no user. Give the PDT builds their own database account without required attribution, or accept them as unattributed.' },
        ] },
    ];
}

function tableauSteps(repository, account) {
    const m = account.markers;
    const byEmail = account.identityKey === 'email';
    return [
        { title: 'Add Initial SQL to the connection', parts: [
            { text: `In Tableau Desktop, connect with ${account.name}, then open:` },
            { path: ['Data', 'Initial SQL…'] },
            { text: byEmail
                ? 'This account matches user names against the directory’s emails. Enter:'
                : 'Enter the line for how your Tableau users sign in. Insert the parameter with the Insert menu so Tableau quotes it.' },
            { code: `SELECT '${m.endUser}', [TableauServerUser]`, copy: 'Copy the Initial SQL with the user name' },
            { text: 'Tableau Cloud signs in with emails; then use:' },
            { code: `SELECT '${m.email}', [TableauServerUser]`, copy: 'Copy the Initial SQL with the email' },
            !byEmail && { text: 'With Active Directory user names (DOMAIN\\user), use [TableauServerUserFull] in the first line: the domain is split off.' },
        ] },
        { title: 'Publish with the Initial SQL', parts: [
            { text: 'Publish the data source or workbook. Initial SQL must not be disabled on the site or server. It reaches the database as:' },
            { code: `SELECT '${m.endUser}', 'jdoe'` },
        ] },
        { title: 'The person holds for the session', parts: [
            { text: 'Tableau runs Initial SQL once per connection. Your data layer sends the session’s statements with one sessionId, and later statements resolve to the same person.' },
            { text: 'Extract refreshes run with nobody signed in: they are unattributed with “The carrier names no one”.' },
            { tip: 'A workbook publisher can edit Initial SQL, so it is the Tableau server’s word, not proof: allow this account only from the Tableau servers’ addresses, and require attribution.' },
        ] },
    ];
}

function customSteps(repository, account) {
    const m = account.markers;
    return [
        { title: 'Annotate each statement', parts: [
            { text: `Your client wrapper (an ORM or driver hook) puts a ${m.customContext} comment before every statement. `
                + `user is matched by ${account.identityKey === 'email' ? 'email' : 'user name'}; the other fields come back as details.` },
            { code: `/* ${m.customContext} {"user":"bob@example.com","userGroup":"Finance","serviceName":"billing","attributes":{"ticket":"1234"}} */ SELECT …`,
                copy: `Copy the ${m.customContext} example` },
            { text: 'Or just the email:' },
            { code: `-- ${m.email}: bob@example.com`, copy: 'Copy the email comment example' },
        ] },
        { title: 'Refuse statements without one', parts: [
            { text: 'Give the wrapper a “require identity” switch that refuses to send a statement that names nobody.' },
        ] },
    ];
}

function dataLayerStep(repository, account) {
    const body = JSON.stringify({ repository: repository.name, dbAccount: account.name, sessionId: 'conn-4711', statements: ['<the statement as received>'] });
    return { title: 'Let your data layer ask Roster', parts: [
        { text: 'The proxy or query-log pipeline in front of the database asks who is behind each statement, with an API key:' },
        { code: `curl -H "Authorization: Bearer $ROSTER_API_KEY" -H 'Content-Type: application/json' \\\n  ${apiUrl('resolve')} \\\n  -d '${body.replace(/'/g, '\'\\\'\'')}'`,
            copy: 'Copy the resolve request' },
        { tip: 'Keys are issued once and can be revoked.', link: 'api-keys' },
        { tip: 'Check a statement before you go live.', link: 'resolve' },
    ] };
}

function statusItem(done, text) {
    return h('li', { class: done ? 'status-done' : 'status-missing' }, icon(done ? 'check' : 'close', 'icon-small'),
        h('span', {}, text, h('span', { class: 'visually-hidden' }, done ? ' (set up)' : ' (not set up)')));
}

/** The account's settings at a glance, next to the instructions. */
export function accountSettings({ account, integration }) {
    const m = account.markers;
    const rows = [
        ['Tool', applicationName(account.application)],
        ['Users from', h('a', { href: `#/directory/${encodeURIComponent(account.integrationId)}/users` }, integration ? integration.name : account.integrationId)],
        ['User names match', account.identityKey === 'email' ? 'Directory emails' : 'Directory user names'],
        ['Groups', account.retrieveGroups ? 'Retrieved, direct and nested' : 'Not retrieved'],
        ['Attribution', account.requireAttribution ? 'Required: unattributed use raises an alert' : 'Not required'],
        ['Markers', h('ul', { class: 'value-list' }, [m.lookerContext, m.email, m.endUser, m.customContext].map((marker) => h('li', { class: 'mono' }, marker)))],
    ];
    return h('section', { class: 'card', 'aria-labelledby': 'settings-heading' },
        h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: 'settings-heading' }, 'Account settings'))),
        h('dl', { class: 'attributes attributes-labels' }, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])));
}
