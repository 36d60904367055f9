// A credential shown once (the SCIM bearer token, an OAuth client secret, a resolution API key): a read-only
// field with a copy button under a warning that it will not be shown again. The value exists only in the
// field; clear() empties it, and the owner drops the node (on "I have copied it", on leaving the page).

import { h, uid } from '../core/dom.js';
import { icon } from './icons.js';
import { copyButton } from './copy.js';

/**
 * label: names the field (and its copy button, "Copy <label>", unless copyLabel says otherwise); headline: the warning's
 * first line; detail: optional further text; doneLabel + onDone: an optional "I have copied it" button.
 * Returns { node, clear, focus }.
 */
export function secretBox({ label, copyLabel = `Copy ${label}`, value, headline, detail, doneLabel, onDone }) {
    const fieldId = uid('secret');
    let input = h('input', {
        class: 'input mono', id: fieldId, readonly: true, value, autocomplete: 'off', spellcheck: 'false',
        'aria-describedby': `${fieldId}-warning`,
    });
    const field = input;
    const node = h('div', { class: 'token-box', role: 'group', 'aria-labelledby': `${fieldId}-label` },
        h('label', { class: 'label', id: `${fieldId}-label`, for: fieldId }, label),
        h('div', { class: 'callout callout-warning', id: `${fieldId}-warning`, role: 'alert' }, icon('alert'),
            h('div', {}, h('strong', {}, headline), detail)),
        h('div', { class: 'value-box' }, field,
            copyButton({ label: copyLabel, value: () => field.value, fallbackField: field })),
        doneLabel && h('div', { class: 'row' },
            h('button', { type: 'button', class: 'button button-small', onClick: onDone }, icon('check', 'icon-small'), doneLabel)));
    return {
        node,
        clear() {
            if (input) input.value = '';
            input = null;
        },
        focus: () => input && input.focus(),
    };
}

/**
 * Where a page shows the credential it has just issued, one at a time: show(options) wipes and replaces the
 * previous one and takes the focus there (options as for secretBox; its done button hides the box too),
 * hide() wipes it (the owner calls it when the page is left).
 */
export function secretSlot() {
    const node = h('div');
    let shown = null;
    function hide() {
        if (shown) shown.clear();
        shown = null;
        node.replaceChildren();
    }
    function show(options) {
        hide();
        shown = secretBox({ ...options, onDone: () => { hide(); if (options.onDone) options.onDone(); } });
        node.append(shown.node);
        shown.focus();
    }
    return { node, show, hide };
}
