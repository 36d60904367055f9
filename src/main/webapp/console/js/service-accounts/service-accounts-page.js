// Service account resolution: repositories, their database (service) accounts, per-tool setup and a
// resolver box. The API behind it (/api/v1/repositories…, /api/v1/resolve) is being built separately;
// until this server has it, the page says so plainly instead of showing errors.

import { h, replaceChildren, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { icon } from '../ui/icons.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { serviceAccountsAvailability } from './availability.js';
import { genericTable, itemsOf } from './generic-table.js';
import { toolInstructions } from './tool-instructions.js';
import { resolveBox } from './resolve-box.js';

const VIEWS = [
    ['repositories', 'Repositories'],
    ['accounts', 'Database accounts'],
    ['tools', 'BI tool setup'],
    ['resolve', 'Resolve a statement'],
];

export default async function serviceAccountsPage(context) {
    context.setTitle('Service accounts');
    const view = VIEWS.some(([key]) => key === context.query.view) ? context.query.view : 'repositories';
    const body = h('div', {}, loading('Checking whether service account resolution is available'));
    append(context.outlet, 
        h('div', { class: 'page-header' }, h('div', {},
            h('h1', {}, 'Service accounts'),
            h('p', { class: 'page-description' },
                'Attribute queries that BI tools send through shared service accounts to the SSO user behind them, with their groups from the SCIM directory.'))),
        body);

    const available = await serviceAccountsAvailability();
    if (!context.isCurrent()) return;
    if (!available) {
        replaceChildren(body, unavailable());
        return;
    }
    replaceChildren(body, 
        h('nav', { class: 'tabs', 'aria-label': 'Service accounts' }, VIEWS.map(([key, label]) =>
            h('a', { class: 'tab', href: `#/service-accounts?view=${key}`, 'aria-current': key === view ? 'page' : null }, label))),
        await viewFor(view));
}

function unavailable() {
    return h('div', { class: 'card', id: 'service-accounts-unavailable' }, emptyState({
        iconName: 'key',
        title: 'Not available yet',
        text: 'This Roster server does not offer service account resolution yet (its API answers 404). When it does, this page lists your repositories and their service accounts, explains how to set up Looker and Tableau, and resolves a pasted statement to the SSO user behind it.',
        actions: [h('a', { class: 'button', href: '#/integrations' }, icon('plug'), 'Set up SCIM first: it is the prerequisite')],
    }));
}

async function viewFor(view) {
    if (view === 'tools') return toolInstructions();
    if (view === 'resolve') return resolveBox();
    try {
        const repositories = itemsOf(await api.get('repositories'));
        if (view === 'repositories') {
            return h('section', { class: 'card' }, repositories.length === 0
                ? emptyState({ iconName: 'database', title: 'No repositories yet', text: 'Add the databases that BI tools reach through service accounts.' })
                : genericTable(repositories, 'Repositories'));
        }
        const sections = await Promise.all(repositories.map(async (repository) => {
            const accounts = itemsOf(await api.get(`repositories/${seg(repository.id)}/accounts`).catch(() => []));
            return h('section', { class: 'card' },
                h('div', { class: 'card-header' }, h('h2', {}, repository.name || repository.id)),
                accounts.length === 0 ? h('p', { class: 'card-body muted' }, 'No database accounts.') : genericTable(accounts, 'Database accounts'));
        }));
        return sections.length > 0 ? h('div', { class: 'stack' }, sections)
            : h('div', { class: 'card' }, emptyState({ iconName: 'database', title: 'No repositories yet', text: 'Database accounts belong to repositories.' }));
    } catch (error) {
        return h('div', { class: 'card' }, errorState(error));
    }
}
