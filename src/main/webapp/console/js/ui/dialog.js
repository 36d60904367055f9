// Modal dialogs on the native <dialog>: it traps focus, closes on Escape and makes the page behind inert.
// Focus goes back to whatever opened the dialog.

import { h, uid, append } from '../core/dom.js';
import { icon } from './icons.js';
import { toast } from './feedback.js';

function open({ title, text, danger = false, iconName, content, footer }) {
    const opener = document.activeElement;
    const titleId = uid('dialog-title');
    const textId = uid('dialog-text');
    const dialog = h('dialog', {
        class: danger ? 'dialog-danger' : null,
        'aria-labelledby': titleId,
        'aria-describedby': text ? textId : null,
    });
    append(dialog,
        h('div', { class: 'dialog-header' },
            h('div', { class: 'dialog-icon' }, icon(iconName || (danger ? 'alert' : 'info'))),
            h('div', {}, h('h2', { id: titleId }, title), text && h('p', { id: textId }, text))),
        content || '',
        footer);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
        dialog.remove();
        if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus();
    });
    dialog.showModal();
    return dialog;
}

/** Resolves true when confirmed. The safe choice (Cancel) has the focus first. */
export function confirmDialog({ title, text, confirmLabel, danger = false, details }) {
    return new Promise((resolve) => {
        let confirmed = false;
        const cancel = h('button', { type: 'button', class: 'button', onClick: () => dialog.close() }, 'Cancel');
        const accept = h('button', {
            type: 'button',
            class: ['button', danger ? 'button-danger' : 'button-primary'],
            onClick: () => { confirmed = true; dialog.close(); },
        }, confirmLabel);
        const dialog = open({
            title, text, danger,
            content: details ? h('div', { class: 'dialog-body' }, details) : null,
            footer: h('div', { class: 'dialog-footer' }, cancel, accept),
        });
        dialog.addEventListener('close', () => resolve(confirmed));
        cancel.focus();
    });
}

/**
 * Asks before something that cannot be undone (question: as for confirmDialog; danger by default), then
 * runs `action`. Says `done` in a toast when it worked and the server's words when it failed; resolves
 * true when the action ran.
 */
export async function confirmThenRun(question, action, done) {
    if (!await confirmDialog({ danger: true, ...question })) return false;
    try {
        await action();
        if (done) toast(done);
        return true;
    } catch (error) {
        toast(error.message, { error: true });
        return false;
    }
}

/**
 * A dialog around a form. `submit(form)` runs on submit; if it throws, the error is shown inside the dialog
 * and the dialog stays open. Resolves with submit's result, or null when cancelled.
 */
export function formDialog({ title, text, fields, submitLabel, danger = false, iconName, submit }) {
    return new Promise((resolve) => {
        let result = null;
        const error = h('p', { class: 'field-error', role: 'alert' });
        const submitButton = h('button', { type: 'submit', class: ['button', danger ? 'button-danger' : 'button-primary'] }, submitLabel);
        const form = h('form', { method: 'dialog', novalidate: true },
            h('div', { class: 'dialog-body' }, fields, error),
            h('div', { class: 'dialog-footer' },
                h('button', { type: 'button', class: 'button', onClick: () => dialog.close() }, 'Cancel'),
                submitButton));
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            error.textContent = '';
            submitButton.disabled = true;
            try {
                result = await submit(form);
                dialog.close();
            } catch (failure) {
                error.textContent = failure.message || String(failure);
            } finally {
                submitButton.disabled = false;
            }
        });
        const dialog = open({ title, text, danger, iconName, content: form, footer: null });
        dialog.addEventListener('close', () => resolve(result));
        const first = form.querySelector('input:not([type=hidden]), select, textarea');
        if (first) first.focus();
    });
}

/**
 * The required name of what a dialog creates or edits: label, field (name="name") and hint. value() is the
 * trimmed name; when there is none, the field is marked invalid and focused and `missing` is thrown, which
 * formDialog shows.
 */
export function nameField({ label = 'Name', placeholder, hint, missing, value = null }) {
    const id = uid('name');
    const input = h('input', {
        class: 'input', id, name: 'name', required: true, maxlength: '200', autocomplete: 'off', spellcheck: 'false', placeholder, value,
    });
    return {
        node: h('div', { class: 'field' }, h('label', { class: 'label', for: id }, label), input, hint && h('span', { class: 'hint' }, hint)),
        value() {
            const text = input.value.trim();
            if (text) return text;
            input.setAttribute('aria-invalid', 'true');
            input.focus();
            throw new Error(missing);
        },
    };
}
