// Telling the admin what happened: a polite announcement for screen readers, and a short visual toast.

import { h } from '../core/dom.js';
import { icon } from './icons.js';

export function announce(message) {
    const region = document.getElementById('announcer');
    if (!region) return;
    // Clearing first makes a repeated message ("Copied") be announced again.
    region.textContent = '';
    setTimeout(() => { region.textContent = message; }, 50);
}

export function toast(message, { error = false } = {}) {
    announce(message);
    const host = document.getElementById('toasts');
    if (!host) return;
    const note = h('div', { class: ['toast', error && 'toast-error'] }, icon(error ? 'error' : 'check'), h('span', {}, message));
    host.append(note);
    setTimeout(() => note.remove(), error ? 7000 : 3500);
}
