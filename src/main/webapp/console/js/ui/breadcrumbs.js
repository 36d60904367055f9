// "Integrations / Okta production": where a detail page sits. crumbs: [[label, href], …, [current label]].

import { h } from '../core/dom.js';

export function breadcrumbs(crumbs) {
    return h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' },
        h('ol', {}, crumbs.map(([label, href], index) => h('li', { 'aria-current': index === crumbs.length - 1 ? 'page' : null },
            href && index < crumbs.length - 1 ? h('a', { href }, label) : label))));
}
