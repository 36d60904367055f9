// A SCIM resource as readable rows: "name.givenName → Jane", "emails[0].value → jane@example.com (work,
// primary)". Core attributes first, then one section per schema extension (enterprise, IdP custom ones).

import { h } from '../core/dom.js';

const SKIPPED = new Set(['schemas', 'groups', 'members']);

export function attributeSections(resource) {
    const core = [];
    const extensions = [];
    for (const [key, value] of Object.entries(resource || {})) {
        if (SKIPPED.has(key)) continue;
        if (key.startsWith('urn:')) extensions.push({ title: extensionTitle(key), urn: key, rows: flatten(value, '') });
        else core.push(...flatten(value, key));
    }
    return [{ title: 'Core attributes', rows: core }, ...extensions];
}

export function attributeList(rows) {
    if (rows.length === 0) return h('p', { class: 'card-body muted' }, 'None');
    return h('dl', { class: 'attributes' }, rows.map(([path, value]) => [h('dt', {}, path), h('dd', {}, value)]));
}

function flatten(value, path) {
    if (value === null || value === undefined) return [];
    if (Array.isArray(value)) {
        return value.flatMap((item, index) => flatten(item, `${path}[${index}]`));
    }
    if (typeof value === 'object') {
        return Object.entries(value).flatMap(([key, inner]) => flatten(inner, path ? `${path}.${key}` : key));
    }
    return [[path, String(value)]];
}

// "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User" → "Enterprise extension"
function extensionTitle(urn) {
    const parts = urn.split(':');
    const named = parts.find((part, index) => parts[index - 1] === 'extension') || parts[parts.length - 1];
    return `${named.charAt(0).toUpperCase()}${named.slice(1)} extension`;
}
