// Numbered step-by-step guides: the IdP setup in the SCIM panel, the BI tool setup of a database account.
// A step is {title, parts}; parts are plain data: {text} (a string or nodes), {path: [...]} (a menu path),
// {list: [...]}, {values: [[label, key]]}, {mapping: {columns, rows}}, {code, copy} (copy: the copy
// button's label), {tip, link}, {node}. The guide's owner says what a value key and a link name mean.

import { h } from '../core/dom.js';
import { icon } from './icons.js';
import { copyButton } from './copy.js';

export function guideSteps(steps, { valueOf = (key) => key, linkTo = () => null } = {}) {
    return h('ol', { class: 'guide-steps' }, steps.map((step) =>
        h('li', { class: 'guide-step' }, h('h4', {}, step.title), step.parts.filter(Boolean).map((part) => guidePart(part, valueOf, linkTo)))));
}

function guidePart(part, valueOf, linkTo) {
    if (part.node) return part.node;
    if (part.text) return h('p', {}, part.text);
    if (part.path) {
        return h('div', { class: 'path', 'aria-label': `Menu path: ${part.path.join(', then ')}` },
            part.path.map((crumb, index) => [index > 0 && h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'), h('span', { class: 'crumb' }, crumb)]));
    }
    if (part.list) return h('ul', {}, part.list.map((item) => h('li', {}, h('strong', {}, item))));
    if (part.values) {
        return h('table', { class: 'mapping-table' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'))),
            h('tbody', {}, part.values.map(([label, key]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, valueOf(key))))));
    }
    if (part.mapping) {
        return h('table', { class: 'mapping-table' },
            h('thead', {}, h('tr', {}, part.mapping.columns.map((column) => h('th', { scope: 'col' }, column)))),
            h('tbody', {}, part.mapping.rows.map(([from, to]) => h('tr', {}, h('td', {}, from), h('td', { class: 'mono' }, to)))));
    }
    if (part.code) {
        const block = h('pre', { class: 'mono break' }, part.code);
        if (!part.copy) return block;
        return h('div', { class: 'code-block' }, block,
            copyButton({ label: part.copy, value: () => part.code, compact: true }));
    }
    if (part.tip) {
        return h('div', { class: 'callout tip' }, icon('info', 'icon-small'),
            h('div', {}, part.tip, part.link && [' ', linkTo(part.link)]));
    }
    return null;
}
