// Builds DOM nodes from data without ever parsing markup: directory values (names, emails, error details)
// come from identity providers and must never be interpreted as HTML. Trusted Types in the CSP enforce it.

/**
 * h('a', {href: '#/x', class: 'link', onClick: fn}, 'text', child, [more])
 * Attributes: `class` (string or array), `dataset` (object), `on<Event>` listeners, `false`/`null` skipped,
 * `true` becomes an empty boolean attribute; anything else is set as a string attribute.
 */
export function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    applyAttributes(element, attributes);
    append(element, children);
    return element;
}

export function applyAttributes(element, attributes) {
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'class') {
            element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        } else if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2).toLowerCase(), value);
        } else if (name === 'value') {
            element.value = value;
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
}

export function append(parent, ...children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent, ...children) {
    parent.replaceChildren();
    return append(parent, children);
}

/** A unique id for label/aria wiring. */
let counter = 0;
export function uid(prefix = 'id') {
    counter += 1;
    return `${prefix}-${counter}`;
}

/**
 * Replaces a region that is re-rendered with fresh data (a loaded page, a refresh) without losing the
 * keyboard user's place: focus that was inside goes back to the element with the same id, or to the new
 * heading if it was on the loading placeholder (or nowhere).
 */
export function replaceKeepingFocus(region, ...children) {
    const active = document.activeElement;
    const inside = active && active !== document.body && region.contains(active);
    const nowhere = !active || active === document.body;
    const activeId = inside ? active.id : null;
    replaceChildren(region, ...children);
    const again = activeId ? document.getElementById(activeId) : null;
    if (again && region.contains(again)) {
        again.focus({ preventScroll: true });
    } else if (inside || nowhere) {
        const heading = region.querySelector('h1');
        if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus({ preventScroll: true });
        }
    }
}
