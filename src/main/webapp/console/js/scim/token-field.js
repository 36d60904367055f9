// The bearer token: shown exactly once, right after Save or rotate, with the warning that it will not be
// shown again. It exists only in this field's value; clear() empties and removes it (on Done, on leaving
// the page, on disabling), and it is never written to storage, the address or the log.

import { h, uid, replaceChildren } from '../core/dom.js';
import { icon } from '../ui/icons.js';
import { copyButton } from '../ui/copy.js';
import { timeAgo, formatAbsolute } from '../core/format.js';

export function tokenField({ label, settings, issuedToken, idpName, onDone }) {
    const fieldId = uid('token');
    const root = h('div', { class: 'value-row', dataset: { field: 'token' } });
    let input = null;

    function clear() {
        if (input) input.value = '';
        input = null;
        replaceChildren(root, ...stored());
    }

    function stored() {
        if (!settings.tokenHint) {
            return [h('span', { class: 'label' }, label),
                h('div', { class: 'callout' }, icon('key'), h('span', {}, 'Click Save to generate the token. It is shown once, right here.'))];
        }
        return [h('span', { class: 'label' }, label),
            h('div', { class: 'token-hint' },
                h('span', { class: 'input mono', role: 'textbox', 'aria-readonly': 'true', 'aria-label': `${label} (only its beginning is kept)` }, settings.tokenHint),
                h('span', { class: 'subtle' }, 'Created ', timeAgo(settings.tokenCreatedAt, '—'), ' · last used ', timeAgo(settings.tokenLastUsedAt))),
            h('p', { class: 'hint' }, 'Roster keeps only a hash of the token, so it cannot be shown again. Save generates a new one.')];
    }

    function revealed(token) {
        input = h('input', {
            class: 'input mono', id: fieldId, readonly: true, value: token, autocomplete: 'off', spellcheck: 'false',
            'aria-describedby': `${fieldId}-warning`,
        });
        const tokenInput = input;
        return [h('div', { class: 'token-box', role: 'group', 'aria-labelledby': `${fieldId}-label` },
            h('label', { class: 'label', id: `${fieldId}-label`, for: fieldId }, label),
            h('div', { class: 'callout callout-warning', id: `${fieldId}-warning`, role: 'alert' }, icon('alert'),
                h('div', {}, h('strong', {}, 'Copy this token now: it will not be shown again.'),
                    `Paste it into ${idpName} before you leave this page. Anyone with it can change your directory; `
                    + `it was issued ${formatAbsolute(settings.tokenCreatedAt || new Date().toISOString())}.`)),
            h('div', { class: 'value-box' }, input,
                copyButton({ label: `Copy ${label}`, value: () => tokenInput.value, fallbackField: tokenInput })),
            h('div', { class: 'row' },
                h('button', { type: 'button', class: 'button button-small', onClick: () => { clear(); onDone(); } },
                    icon('check', 'icon-small'), 'I have copied it, hide the token')))];
    }

    replaceChildren(root, ...(issuedToken ? revealed(issuedToken) : stored()));
    return { node: root, clear, focus: () => input && input.focus() };
}
