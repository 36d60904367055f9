// The bearer token: shown exactly once, right after Save or rotate, with the warning that it will not be
// shown again. It exists only in this field's value; clear() empties and removes it (on Done, on leaving
// the page, on disabling), and it is never written to storage, the address or the log.

import { h, replaceChildren } from '../core/dom.js';
import { icon } from '../ui/icons.js';
import { secretBox } from '../ui/secret-box.js';
import { timeAgo, formatAbsolute } from '../core/format.js';

export function tokenField({ label, settings, issuedToken, idpName, onDone }) {
    const root = h('div', { class: 'value-row', dataset: { field: 'token' } });
    let shown = null;

    function clear() {
        if (shown) shown.clear();
        shown = null;
        replaceChildren(root, ...stored());
    }

    function stored() {
        if (!settings.tokenHint) {
            return [h('span', { class: 'label' }, label),
                h('div', { class: 'callout' }, icon('key'), h('span', {}, settings.configuredToken
                    ? 'The IdP uses the token from the server configuration (see below). Save generates one of Roster’s own, shown once right here, and ends the configured one.'
                    : 'Click Save to generate the token. It is shown once, right here.'))];
        }
        return [h('span', { class: 'label' }, label),
            h('div', { class: 'token-hint' },
                h('span', { class: 'input mono', role: 'textbox', 'aria-readonly': 'true', 'aria-label': `${label} (only its beginning is kept)` }, settings.tokenHint),
                h('span', { class: 'subtle' }, 'Created ', timeAgo(settings.tokenCreatedAt, '—'), ' · last used ', timeAgo(settings.tokenLastUsedAt))),
            h('p', { class: 'hint' }, 'Roster keeps only a hash of the token, so it cannot be shown again. Save generates a new one.')];
    }

    function revealed(token) {
        const box = secretBox({
            label, value: token,
            headline: 'Copy this token now: it will not be shown again.',
            detail: `Paste it into ${idpName} before you leave this page. Anyone with it can change your directory; `
                + `it was issued ${formatAbsolute(settings.tokenCreatedAt || new Date().toISOString())}.`,
            doneLabel: 'I have copied it, hide the token',
            onDone: () => { clear(); onDone(); },
        });
        shown = box;
        return [box.node];
    }

    replaceChildren(root, ...(issuedToken ? revealed(issuedToken) : stored()));
    return { node: root, clear, focus: () => shown && shown.focus() };
}
