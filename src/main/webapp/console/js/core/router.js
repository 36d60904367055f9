// Hash routing: '#/integrations/okta-prod-x1/edit?tab=scim'. Each route lazily imports its page module; a
// page gets a context and may register cleanups (timers, the token shown once) that run when it is left.

const routes = [];
let fallback = null;
let guard = () => null;
let renderCount = 0;
let disposers = [];
let outletProvider = () => document.getElementById('app');

/** route('/integrations/:id', () => import('../integrations/integration-page.js')) */
export function route(pattern, load, options = {}) {
    const keys = [];
    const source = pattern.replace(/:([a-zA-Z]+)/g, (_, key) => {
        keys.push(key);
        return '([^/]+)';
    });
    routes.push({ pattern, regex: new RegExp(`^${source}$`), keys, load, ...options });
}

export function notFound(load) {
    fallback = { pattern: '*', keys: [], load };
}

/** guard(match) returns a path to go to instead (e.g. sign-in), or null. */
export function setGuard(check) {
    guard = check;
}

/** Where a page renders: the shell's <main> for signed-in pages, the whole app for sign-in. */
export function setOutletProvider(provider) {
    outletProvider = provider;
}

export function currentLocation() {
    return parse(location.hash);
}

export function href(path, query) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query || {})) {
        if (value !== null && value !== undefined && value !== '' && value !== false) search.set(name, String(value));
    }
    const text = search.toString();
    return `#${path}${text ? `?${text}` : ''}`;
}

export function navigate(path, query, { replace = false } = {}) {
    const target = href(path, query);
    if (target === location.hash) {
        render();
    } else if (replace) {
        location.replace(target);
    } else {
        location.hash = target;
    }
}

/** Records filter/paging state in the address without re-rendering the page (so Back and reload keep it). */
export function replaceQuery(query) {
    const { path } = currentLocation();
    history.replaceState(null, '', href(path, query));
}

export function start() {
    window.addEventListener('hashchange', render);
    return render();
}

function parse(hash) {
    const raw = hash.startsWith('#') ? hash.slice(1) : hash;
    const [path, search = ''] = raw.split('?');
    return { path: path || '/', query: Object.fromEntries(new URLSearchParams(search)) };
}

function match(path) {
    for (const candidate of routes) {
        const found = candidate.regex.exec(path);
        if (found) {
            const params = {};
            candidate.keys.forEach((key, index) => { params[key] = decodeURIComponent(found[index + 1]); });
            return { route: candidate, params };
        }
    }
    return fallback ? { route: fallback, params: {} } : null;
}

export async function render() {
    // In-page anchors such as the skip link are not routes.
    if (location.hash && !location.hash.startsWith('#/')) return;
    const { path, query } = currentLocation();
    const found = match(path);
    const redirect = guard(found, path);
    if (redirect) {
        navigate(redirect.path, redirect.query, { replace: true });
        return;
    }
    const number = ++renderCount;
    runDisposers();
    const outlet = outletProvider(found.route);
    const context = {
        params: found.params,
        query,
        path,
        outlet,
        isCurrent: () => number === renderCount,
        onDispose: (dispose) => disposers.push(dispose),
        setTitle: (title) => { document.title = `${title} · Roster`; },
    };
    const module = await found.route.load();
    if (!context.isCurrent()) return;
    outlet.replaceChildren();
    await module.default(context);
    if (context.isCurrent()) focusHeading(outlet);
}

function runDisposers() {
    const pending = disposers;
    disposers = [];
    pending.forEach((dispose) => {
        try {
            dispose();
        } catch (error) {
            console.error('A page cleanup failed', error);
        }
    });
}

// After a route change, move focus to the new page's heading so keyboard and screen-reader users start there,
// unless the page already put it somewhere on purpose (the sign-in form focuses its first field).
function focusHeading(outlet) {
    const active = document.activeElement;
    if (active && active !== document.body && outlet.contains(active)) return;
    const heading = outlet.querySelector('h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
}
