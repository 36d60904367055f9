// Copy buttons. The asynchronous Clipboard API needs a secure context and focus; when it is refused the
// value is copied through a temporary, immediately removed text field instead. Nothing is kept anywhere.

import { h, uid } from '../core/dom.js';
import { icon } from './icons.js';
import { announce } from './feedback.js';

export async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch {
            // Fall through to the legacy path (permission refused, document not focused).
        }
    }
    const field = h('textarea', { class: 'offscreen-copy', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
    field.value = text;
    const previous = document.activeElement;
    document.body.append(field);
    field.select();
    let copied = false;
    try {
        copied = document.execCommand('copy');
    } catch {
        copied = false;
    }
    field.value = '';
    field.remove();
    if (previous && typeof previous.focus === 'function') previous.focus();
    return copied;
}

/**
 * A button that copies `value()` and says so. `label` names what is copied ("Copy Bearer Token"); when
 * copying fails, `fallbackField` (the visible read-only field) is selected so Ctrl+C works.
 */
export function copyButton({ label, value, fallbackField, compact = false }) {
    const text = h('span', { class: compact ? 'visually-hidden' : null }, 'Copy');
    const glyph = icon('copy');
    const button = h('button', { type: 'button', class: ['button', compact && 'icon-button'], 'aria-label': label, title: label },
        glyph, text);
    let reset = null;
    button.addEventListener('click', async () => {
        const copied = await copyText(value());
        clearTimeout(reset);
        if (copied) {
            glyph.replaceWith(icon('check'));
            text.textContent = 'Copied';
            button.dataset.copied = 'true';
            announce(`${label.replace(/^Copy /, '')} copied to the clipboard`);
        } else {
            text.textContent = 'Press Ctrl+C';
            announce('Copying was refused by the browser. The value is selected: press Control C to copy it.');
            if (fallbackField) {
                fallbackField.focus();
                fallbackField.select();
            }
        }
        reset = setTimeout(() => {
            const current = button.querySelector('svg');
            if (current) current.replaceWith(icon('copy'));
            text.textContent = 'Copy';
            delete button.dataset.copied;
        }, 2500);
    });
    return button;
}

/**
 * A labelled read-only value with its copy button (a URL, a client id, a setting to paste elsewhere).
 * `copied` is what the button copies when it differs from what is shown; `field` names the row (data-field).
 */
export function copyableValue(label, value, { copied = value, field } = {}) {
    const id = uid('value');
    const input = h('input', { class: 'input', id, readonly: true, value, spellcheck: 'false' });
    return h('div', { class: 'value-row', dataset: field ? { field } : null },
        h('label', { class: 'label', for: id }, label),
        h('div', { class: 'value-box' }, input, copyButton({ label: `Copy ${label}`, value: () => copied, fallbackField: input })));
}
