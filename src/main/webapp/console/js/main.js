// Boots the console: finds out whether a session exists, then lets the router render. Routes are listed
// here so the whole map of the console is in one place; each page is its own lazily loaded module.

import { navigate, route, notFound, setGuard, setOutletProvider, start, currentLocation } from './core/router.js';
import { currentSession, onSessionChange, restoreSession } from './core/session.js';
import { dropShell, shellOutlet } from './ui/layout.js';
import { h } from './core/dom.js';

route('/sign-in', () => import('./sign-in/sign-in-page.js'), { public: true });
route('/integrations', () => import('./integrations/integrations-page.js'));
route('/integrations/:id', () => import('./integrations/integration-page.js'));
route('/integrations/:id/edit', () => import('./integrations/integration-edit-page.js'));
route('/directory/users', () => import('./directory/directory-entry.js'));
route('/directory/groups', () => import('./directory/directory-entry.js'));
route('/directory/:integration/users', () => import('./directory/users-page.js'));
route('/directory/:integration/users/:userId', () => import('./directory/user-page.js'));
route('/directory/:integration/groups', () => import('./directory/groups-page.js'));
route('/directory/:integration/groups/:groupId', () => import('./directory/group-page.js'));
route('/log', () => import('./log/log-page.js'));
route('/streams', () => import('./events/streams-page.js'));
route('/service-accounts', () => import('./service-accounts/repositories-page.js'));
route('/service-accounts/resolve', () => import('./service-accounts/resolve-page.js'));
route('/service-accounts/api-keys', () => import('./service-accounts/api-keys-page.js'));
route('/service-accounts/repositories/:repositoryId', () => import('./service-accounts/repository-page.js'));
route('/service-accounts/repositories/:repositoryId/accounts/:accountId', () => import('./service-accounts/account-page.js'));
notFound(() => import('./ui/not-found-page.js'));

// Where to go after signing in: the page that asked for it. Memory only.
let returnTo = null;

setGuard((found, path) => {
    const signedIn = currentSession() !== null;
    if (path === '/') return { path: signedIn ? '/integrations' : '/sign-in' };
    if (!found.route.public && !signedIn) {
        returnTo = location.hash;
        return { path: '/sign-in' };
    }
    if (found.route.public && signedIn) return { path: '/integrations' };
    return null;
});

setOutletProvider((matched) => {
    if (matched.public) {
        dropShell();
        const app = document.getElementById('app');
        app.classList.remove('app-loading');
        return app;
    }
    const shell = shellOutlet(currentSession().username);
    shell.setCurrent(currentLocation().path);
    return shell.main;
});

onSessionChange((event) => {
    if (event.type === 'signed-in') {
        const target = returnTo;
        returnTo = null;
        if (target && target.startsWith('#/') && !target.startsWith('#/sign-in')) location.hash = target;
        else navigate('/integrations');
    } else if (event.type === 'signed-out') {
        // Remember where the admin was when the session ended on its own, to come back after signing in.
        if (event.reason !== 'signed-out') returnTo = location.hash;
        navigate('/sign-in', event.reason === 'signed-out' ? {} : { ended: event.reason });
    } else if (event.type === 'warning') {
        shellOutlet(currentSession().username).showWarning(event.final
            ? `Your session reaches its maximum length in ${event.secondsLeft} s; you will need to sign in again.`
            : `You will be signed out in ${event.secondsLeft} s because of inactivity.`);
    } else if (event.type === 'warning-cleared') {
        if (currentSession()) shellOutlet(currentSession().username).hideWarning();
    }
});

// The skip link targets <main>, which is not a route: move focus there without touching the hash.
document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('.skip-link');
    if (!link) return;
    event.preventDefault();
    const main = document.getElementById('main') || document.querySelector('h1');
    if (main) {
        main.setAttribute('tabindex', '-1');
        main.focus();
    }
});

async function boot() {
    try {
        await restoreSession();
    } catch (error) {
        document.getElementById('app').replaceChildren(
            h('p', { class: 'boot-message', role: 'alert' }, `Roster did not answer (${error.message}). Reload to try again.`));
        return;
    }
    await start();
}

boot();
