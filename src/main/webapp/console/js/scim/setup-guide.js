// The setup guide inside the SCIM panel: one tab per IdP (the integration's own first), with the values to
// paste named the way the IdP's screen names them. The token is never repeated here, only pointed at.

import { h, uid } from '../core/dom.js';
import { guideSteps } from '../ui/guide-steps.js';
import { GUIDES } from './guides.js';

const TABS = [['okta', 'Okta'], ['entra', 'Entra ID'], ['generic', 'Other SCIM clients']];

export function setupGuide({ idp, settings, integrationId }) {
    const ordered = [...TABS].sort(([a], [b]) => (a === idp ? -1 : b === idp ? 1 : 0));
    const tabs = [];
    const panels = [];
    const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Setup guide for' });

    ordered.forEach(([key, label], index) => {
        const tabId = uid('guide-tab');
        const panelId = uid('guide-panel');
        const tab = h('button', {
            type: 'button', class: 'tab', role: 'tab', id: tabId, 'aria-controls': panelId,
            'aria-selected': String(index === 0), tabindex: index === 0 ? '0' : '-1',
        }, label);
        const panel = h('div', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, hidden: index !== 0, tabindex: '0' },
            guide(GUIDES[key], settings, integrationId));
        tab.addEventListener('click', () => select(index));
        tab.addEventListener('keydown', (event) => {
            const moves = { ArrowRight: 1, ArrowLeft: -1 };
            if (event.key in moves) {
                event.preventDefault();
                select((index + moves[event.key] + ordered.length) % ordered.length, true);
            }
        });
        tabs.push(tab);
        panels.push(panel);
        list.append(tab);
    });

    function select(chosen, focus = false) {
        tabs.forEach((tab, index) => {
            tab.setAttribute('aria-selected', String(index === chosen));
            tab.tabIndex = index === chosen ? 0 : -1;
            panels[index].hidden = index !== chosen;
        });
        if (focus) tabs[chosen].focus();
    }

    return h('section', { class: 'stack-small', 'aria-labelledby': 'guide-heading' },
        h('h3', { id: 'guide-heading' }, 'Step-by-step setup'),
        list, panels);
}

function guide(data, settings, integrationId) {
    const steps = data.steps.map((step) => ({
        ...step,
        parts: step.parts.map((part) => (part.code ? { ...part, code: part.code.replace('{baseUrl}', settings.baseUrl) } : part)),
    }));
    return h('div', { class: 'stack-small' },
        h('h4', {}, data.title),
        h('p', { class: 'muted' }, data.intro),
        guideSteps(steps, { valueOf: (key) => valueOf(key, settings), linkTo: (target) => linkTo(target, integrationId) }));
}

function valueOf(key, settings) {
    if (key === 'token') return h('span', { class: 'muted' }, 'The token shown above when you click Save');
    if (key === 'provisioningActions') return settings.provisioningActions.join(', ');
    if (key in settings) return h('span', { class: 'mono break' }, String(settings[key]));
    return h('span', { class: 'mono' }, key);
}

function linkTo(target, integrationId) {
    const id = encodeURIComponent(integrationId);
    if (target === 'log') return h('a', { href: `#/log?integration=${id}&outcome=rejected` }, 'Open rejected requests →');
    if (target === 'groups') return h('a', { href: `#/directory/${id}/groups` }, 'Open groups →');
    return h('a', { href: `#/directory/${id}/users` }, 'Open users →');
}
