// How each BI tool carries the end user through a shared service account (see the product reference on
// Looker context comments and Tableau Initial SQL). Static text; shown once the resolution API exists.

import { h } from '../core/dom.js';

const TOOLS = [
    {
        name: 'Looker',
        steps: [
            'Looker prepends a context comment to every query: -- Looker Query Context \'{"user_id":123,…}\'. Keep it switched on for the connection (it is off by default on BigQuery).',
            'user_id is Looker’s numeric id, not an email: give Roster Looker API credentials (client id and secret) so it can look the user’s email up, or pass the email directly with a user attribute in the connection’s Additional JDBC parameters or an Explore’s sql_preamble ({{ _user_attributes[\'email\'] }}).',
            'Persistent derived tables are built by Looker itself, with no user: expect them unattributed.',
        ],
        example: '-- Looker Query Context \'{"user_id":123,"history_slug":"9e8d…","instance_slug":"a1b2…"}\'\nSELECT …',
    },
    {
        name: 'Tableau',
        steps: [
            'In the data source’s Initial SQL add a marker statement with the signed-in user: SELECT \'roster.enduser\', [TableauServerUser].',
            'The identity holds for the whole connection (session). Extract refreshes run with nobody signed in, so the value is empty there.',
            'Tableau Cloud substitutes the sign-in email; Tableau Server the user name: pick the marker that matches.',
        ],
        example: "SELECT 'roster.enduser', [TableauServerUser]",
    },
    {
        name: 'Custom applications',
        steps: [
            'Annotate each statement with a structured comment naming the end user (an ORM or driver hook adds it).',
            'A “require identity” switch in the wrapper refuses statements without one.',
        ],
        example: '/* RosterContext {"user":"bob@example.com","userGroup":"Finance","serviceName":"billing"} */ SELECT …',
    },
];

export function toolInstructions() {
    return h('div', { class: 'stack' }, TOOLS.map((tool) => h('section', { class: 'card', 'aria-label': tool.name },
        h('div', { class: 'card-header' }, h('h2', {}, tool.name)),
        h('div', { class: 'card-body stack-small' },
            h('ol', { class: 'guide-steps' }, tool.steps.map((step, index) => h('li', { class: 'guide-step' }, h('h4', {}, `Step ${index + 1}`), h('p', {}, step)))),
            h('pre', { class: 'mono break' }, tool.example)))));
}
