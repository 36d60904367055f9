// How times and numbers read in the console: relative ("5 min ago") with the exact time on hover.

import { h } from './dom.js';

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const numbers = new Intl.NumberFormat();

const UNITS = [
    ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800],
    ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1],
];

export function formatRelative(iso, now = Date.now()) {
    const seconds = Math.round((Date.parse(iso) - now) / 1000);
    if (Math.abs(seconds) < 10) return 'just now';
    for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size || unit === 'second') return relative.format(Math.round(seconds / size), unit);
    }
    return '';
}

export function formatAbsolute(iso) {
    return absolute.format(new Date(iso));
}

/** <time> showing "5 minutes ago", exact time as tooltip and for assistive technology; "Never" when absent. */
export function timeAgo(iso, never = 'Never') {
    if (!iso) return h('span', { class: 'muted' }, never);
    return h('time', { datetime: iso, title: formatAbsolute(iso) }, formatRelative(iso));
}

export function timeExact(iso, never = '—') {
    if (!iso) return h('span', { class: 'muted' }, never);
    return h('time', { datetime: iso }, formatAbsolute(iso));
}

export function count(value) {
    return numbers.format(value ?? 0);
}

export function plural(value, one, many) {
    return `${count(value)} ${value === 1 ? one : many}`;
}
