// The words of service account resolution, in one place: what each application (BI tool) sends, what the
// carriers are called, and what each unattributed reason means and what to do about it. The codes are the
// API's (`application`, `carrier`, `reason` in /api/v1/repositories/… answers).

import { h } from '../core/dom.js';
import { pill } from '../ui/badges.js';

/** Per application: its name, badge mark, what it sends, and the carriers an account of it accepts (by marker). */
export const APPLICATIONS = {
    looker: {
        name: 'Looker',
        mark: 'Lk',
        description: 'Looker’s Query Context comment, or an email comment from a user attribute',
        carriers: (markers) => [`${markers.lookerContext} comment`, `${markers.email} comment`],
    },
    tableau: {
        name: 'Tableau',
        mark: 'Tb',
        description: 'Initial SQL naming the signed-in user, for the whole session',
        carriers: (markers) => [`Initial SQL '${markers.endUser}'`, `Initial SQL '${markers.email}'`],
    },
    custom: {
        name: 'Custom application',
        mark: '{ }',
        description: 'A RosterContext comment (or an email comment) added by your own client wrapper',
        carriers: (markers) => [`${markers.customContext} comment`, `${markers.email} comment`],
    },
};

export function applicationName(application) {
    return (APPLICATIONS[application] || { name: application }).name;
}

/** The tool's mark and name, like the IdP badges. */
export function applicationBadge(application) {
    const known = APPLICATIONS[application] ? application : 'custom';
    return h('span', { class: ['idp', `app-${known}`] },
        h('span', { class: 'idp-mark', 'aria-hidden': 'true' }, APPLICATIONS[known].mark),
        h('span', {}, applicationName(application)));
}

export const CARRIERS = {
    'looker-context': 'Looker Query Context comment',
    'looker-email': 'Email comment',
    'tableau-initial-sql': 'Tableau Initial SQL',
    'custom-context': 'RosterContext comment',
};

export function carrierName(carrier) {
    return CARRIERS[carrier] || carrier;
}

const CLAIM_TYPES = { userName: 'User name', email: 'Email', lookerUserId: 'Looker user id' };

/** What a carrier said, as "Looker user id 123". */
export function claimText(claim) {
    return `${CLAIM_TYPES[claim.type] || claim.type} ${claim.value}`;
}

export const IDENTITY_KEYS = [
    ['userName', 'User name (SCIM userName)'],
    ['email', 'Email (primary, else first)'],
];

/** Database types the API knows by a short name; any other lower-case name is accepted too. */
export const REPOSITORY_TYPES = [
    ['snowflake', 'Snowflake'], ['postgresql', 'PostgreSQL'], ['redshift', 'Amazon Redshift'], ['bigquery', 'BigQuery'],
    ['databricks', 'Databricks'], ['mysql', 'MySQL'], ['sqlserver', 'SQL Server'], ['oracle', 'Oracle'], ['other', 'Other'],
];

export function repositoryTypeName(type) {
    const known = REPOSITORY_TYPES.find(([value]) => value === type);
    return known ? known[1] : type;
}

const REASONS = {
    'no-carrier': ['No identity in the statement',
        'Neither the statement nor its session carries a comment or marker of this account’s application, so nobody is named. Check the tool’s setup (a context comment switched off, Initial SQL missing or disabled).'],
    'empty-user': ['The carrier names no one',
        'A carrier was there but empty: Tableau extract refreshes and Looker PDT builds run without a signed-in user.'],
    'malformed-carrier': ['Unreadable carrier',
        'A carrier was found but could not be read (invalid JSON, a Looker user_id that is not a number).'],
    'ambiguous-carrier': ['Two people named',
        'The statement carries claims that name different people, so none is believed.'],
    'unknown-user': ['Not in the directory',
        'The carrier names a user the directory does not have. Check that the IdP provisions them, and the account’s identity key (user name or email).'],
    'inactive-user': ['Deactivated user',
        'The user is in the directory but deactivated, so the statement is not attributed and no groups are given.'],
    'ambiguous-email': ['Email shared by several users',
        'More than one directory user has this email, so it cannot name one person.'],
    'unknown-looker-user': ['Unknown Looker user',
        'The Looker user id is in neither the uploaded user map nor the Looker API. Upload the map again when users join.'],
    'no-looker-mapping': ['Looker user ids cannot be mapped',
        'A Looker user id arrived, but the repository has neither Looker API credentials nor an uploaded user map.'],
    'looker-unavailable': ['Looker API unavailable',
        'The Looker API did not answer usably (network, credentials or a server error).'],
    'carrier-mismatch': ['Carriers disagree',
        'An email comment contradicts the Looker context comment of the same statement: someone typed a carrier into SQL Runner.'],
};

/** [title, explanation] of an unattributed reason. */
export function reasonText(reason) {
    return REASONS[reason] || [reason, ''];
}

export function outcomePill(attributed, reason) {
    return attributed ? pill('Attributed', 'success') : pill(reasonText(reason)[0], reason === 'inactive-user' ? 'warning' : 'danger');
}

/** The marker names an account has unless it says otherwise (shown as placeholders; the server fills them in). */
export const DEFAULT_MARKERS = {
    lookerContext: 'Looker Query Context', email: 'roster.email', endUser: 'roster.enduser', customContext: 'RosterContext',
};
