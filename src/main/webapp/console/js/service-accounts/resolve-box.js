// "Who is behind this statement?": paste a statement as the database received it and see what Roster makes
// of it as a given database account: the SSO user and groups, the carrier it recognised, or why nobody.
// POST /api/v1/repositories/{id}/accounts/{accountId}/preview, which counts nothing and keeps no session.

import { h, uid, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { replaceQuery } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { applicationName, carrierName, claimText, reasonText } from './vocabulary.js';

/**
 * With `repository` and `account`, the box resolves as that account. Without, it starts with a repository and
 * an account picker, preselected with `repositoryId` and `accountId` (kept in the address as they change).
 */
export function resolveBox({ repository = null, account = null, repositoryId = null, accountId = null } = {}) {
    const id = uid('statement');
    let current = account ? { repository, account } : null;
    const statement = h('textarea', { class: 'textarea', id, name: 'statement', spellcheck: 'false', 'aria-describedby': `${id}-hint` });
    const result = h('div', { id: 'resolve-result', 'aria-live': 'polite' });
    const resolveButton = h('button', { type: 'submit', class: 'button button-primary' }, icon('search'), 'Resolve');
    const pickers = account ? null : accountPicker({ repositoryId, accountId, onChange: (chosen) => { current = chosen; examples(); } });

    function examples() {
        statement.placeholder = current ? example(current.account) : '';
        resolveButton.disabled = !current;
    }
    examples();

    const form = h('form', { class: 'card-body stack-small', novalidate: true },
        pickers && pickers.node,
        h('div', { class: 'field' }, h('label', { class: 'label', for: id }, 'Statement'), statement,
            h('span', { class: 'hint', id: `${id}-hint` },
                'One statement as the database receives it, with the tool’s comment or Initial SQL marker. Nothing is recorded.')),
        h('div', {}, resolveButton),
        result);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!current) return;
        if (!statement.value.trim()) {
            replaceChildren(result, h('p', { class: 'field-error', role: 'alert' }, 'Paste a statement first.'));
            statement.focus();
            return;
        }
        const { repository: repo, account: acct } = current;
        resolveButton.disabled = true;
        result.setAttribute('aria-busy', 'true');
        try {
            const answer = await api.post(`repositories/${seg(repo.id)}/accounts/${seg(acct.id)}/preview`, { statements: [statement.value] });
            replaceChildren(result, resolution(answer, acct));
        } catch (error) {
            replaceChildren(result, h('div', { class: 'callout callout-danger', role: 'alert' }, icon('error'), h('span', {}, error.message)));
        } finally {
            resolveButton.disabled = false;
            result.removeAttribute('aria-busy');
        }
    });

    return h('section', { class: 'card', 'aria-labelledby': `${id}-heading` },
        h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: `${id}-heading` }, 'Resolve a statement'),
            h('p', {}, account
                ? `See who a statement through ${account.name} on ${repository.name} is attributed to`
                : 'Pick the database account a statement came through, and see who it is attributed to'))),
        form);
}

/** What the account's tool would send, as the textarea's placeholder. */
function example(account) {
    const markers = account.markers;
    if (account.application === 'tableau') return `SELECT '${markers.endUser}', 'jdoe'`;
    if (account.application === 'custom') return `/* ${markers.customContext} {"user":"bob@example.com"} */\nSELECT …`;
    return `-- ${markers.lookerContext} '{"user_id":123,"history_slug":"9e8d"}'\nSELECT …`;
}

function accountPicker({ repositoryId, accountId, onChange }) {
    const repositoryField = uid('pick-repository');
    const accountField = uid('pick-account');
    const repositorySelect = h('select', { class: 'select', id: repositoryField, disabled: true }, h('option', { value: '' }, 'Loading…'));
    const accountSelect = h('select', { class: 'select', id: accountField, disabled: true });
    const note = h('div');
    let repositories = [];
    let accounts = [];

    async function loadRepositories() {
        try {
            repositories = (await api.get('repositories')).items;
        } catch (error) {
            replaceChildren(note, h('p', { class: 'field-error', role: 'alert' }, error.message));
            return;
        }
        if (repositories.length === 0) {
            replaceChildren(repositorySelect, h('option', { value: '' }, 'No repositories yet'));
            replaceChildren(note, h('p', { class: 'hint' }, 'Add a repository and its database accounts first. ',
                h('a', { href: '#/service-accounts' }, 'Go to repositories')));
            return;
        }
        const selected = repositories.some((repository) => repository.id === repositoryId) ? repositoryId : repositories[0].id;
        replaceChildren(repositorySelect, repositories.map((repository) => h('option', { value: repository.id, selected: repository.id === selected }, repository.name)));
        repositorySelect.disabled = false;
        await loadAccounts(accountId);
    }

    let asked = 0;
    async function loadAccounts(preferred) {
        const number = ++asked;
        accountSelect.disabled = true;
        onChange(null);
        let answer;
        try {
            answer = (await api.get(`repositories/${seg(repositorySelect.value)}/accounts`)).items;
        } catch (error) {
            if (number === asked) replaceChildren(note, h('p', { class: 'field-error', role: 'alert' }, error.message));
            return;
        }
        if (number !== asked) return; // the admin picked another repository meanwhile
        accounts = answer;
        replaceChildren(note, accounts.length === 0 && h('p', { class: 'hint' }, 'This repository has no database accounts yet. ',
            h('a', { href: `#/service-accounts/repositories/${encodeURIComponent(repositorySelect.value)}` }, 'Add one')));
        replaceChildren(accountSelect, accounts.length === 0
            ? h('option', { value: '' }, 'No accounts')
            : accounts.map((account) => h('option', { value: account.id, selected: account.id === preferred },
                `${account.name} (${applicationName(account.application)})`)));
        accountSelect.disabled = accounts.length === 0;
        chosen();
    }

    function chosen() {
        const repository = repositories.find((item) => item.id === repositorySelect.value);
        const account = accounts.find((item) => item.id === accountSelect.value);
        replaceQuery({ repository: repository ? repository.id : '', account: account ? account.id : '' });
        onChange(repository && account ? { repository, account } : null);
    }

    repositorySelect.addEventListener('change', () => loadAccounts(null));
    accountSelect.addEventListener('change', chosen);
    loadRepositories();

    return {
        node: h('div', { class: 'field-pair' },
            h('div', { class: 'field' }, h('label', { class: 'label', for: repositoryField }, 'Repository'), repositorySelect),
            h('div', { class: 'field' }, h('label', { class: 'label', for: accountField }, 'Database account'), accountSelect),
            note),
    };
}

/** The answer: who, with which groups, found through which carrier; or why nobody. */
function resolution(answer, account) {
    const user = answer.endUser;
    const rows = [];
    if (user) {
        rows.push(['SSO user', [h('strong', { class: 'mono' }, user.userName),
            user.displayName && ` · ${user.displayName}`, user.email && user.email.toLowerCase() !== user.userName.toLowerCase() && ` · ${user.email}`,
            !user.active && [' ', pill('Deactivated', 'warning')]]]);
    }
    if (answer.groups) {
        rows.push(['Groups', answer.groups.length > 0
            ? h('ul', { class: 'value-list', 'aria-label': 'Groups' }, answer.groups.map((group) => h('li', {}, pill(group, 'info'))))
            : h('span', { class: 'muted' }, !account.retrieveGroups ? 'Not retrieved: this account does not retrieve groups' : 'None')]);
    }
    rows.push(['Recognised carrier', answer.carrier
        ? [carrierName(answer.carrier), ' ', h('span', { class: 'subtle mono' }, `(${answer.carrier})`)]
        : h('span', { class: 'muted' }, 'None')]);
    if (answer.claim) {
        const details = Object.entries(answer.claim.details || {});
        rows.push(['Claim', [claimText(answer.claim),
            details.length > 0 && h('div', { class: 'subtle mono break' },
                details.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(' · '))]]);
    }
    if (!answer.attributed) rows.push(['Reason code', h('span', { class: 'mono' }, answer.reason)]);
    rows.push(['Resolved as', `${answer.repoUser} on ${answer.repository} (${applicationName(answer.application)})`]);

    const [title, explanation] = answer.attributed
        ? [`Attributed to ${user.displayName || user.userName}`,
            `${carrierName(answer.carrier)} named ${user.userName}; ${answer.groups.length === 1 ? '1 group' : `${answer.groups.length} groups`} from the directory.`]
        : [`Not attributed: ${reasonText(answer.reason)[0]}`, reasonText(answer.reason)[1]];
    const tone = answer.attributed ? 'success' : answer.reason === 'inactive-user' ? 'warning' : 'danger';
    return h('div', { class: 'resolution', dataset: { outcome: answer.attributed ? 'attributed' : answer.reason } },
        h('div', { class: ['callout', `callout-${tone}`] }, icon(answer.attributed ? 'check' : 'alert'),
            h('div', {}, h('strong', {}, title), explanation)),
        h('dl', { class: 'attributes attributes-compact' }, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])));
}
