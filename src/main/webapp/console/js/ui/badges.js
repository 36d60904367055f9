// Small visual vocabulary shared by pages: status pills and identity-provider marks.

import { h } from '../core/dom.js';

export const IDPS = {
    okta: { name: 'Okta', mark: 'ok', description: 'Okta SCIM app (SCIM 2.0, header auth)' },
    entra: { name: 'Microsoft Entra ID', mark: 'En', description: 'Enterprise application provisioning' },
    generic: { name: 'Generic SCIM 2.0', mark: '{ }', description: 'Any client that speaks SCIM 2.0' },
};

export function idpName(idp) {
    return (IDPS[idp] || IDPS.generic).name;
}

export function idpBadge(idp, { large = false } = {}) {
    const known = IDPS[idp] ? idp : 'generic';
    return h('span', { class: ['idp', `idp-${known}`, large && 'idp-large'] },
        h('span', { class: 'idp-mark', 'aria-hidden': 'true' }, IDPS[known].mark),
        h('span', {}, IDPS[known].name));
}

export function pill(text, tone) {
    return h('span', { class: ['pill', tone && `pill-${tone}`] }, text);
}

export function provisioningPill(enabled) {
    return enabled ? pill('Provisioning on', 'success') : pill('Provisioning off');
}

export function activePill(active) {
    return active ? pill('Active', 'success') : pill('Inactive', 'warning');
}
