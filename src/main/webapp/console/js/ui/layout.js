// The signed-in frame: sidebar navigation (a drawer on narrow windows), the session warning, and <main>
// where pages render.

import { h } from '../core/dom.js';
import { icon } from './icons.js';
import { keepAlive, signOut } from '../core/session.js';

const SECTIONS = [
    { heading: 'Setup', links: [
        { label: 'Integrations', path: '/integrations', iconName: 'plug', matches: /^\/integrations/ },
    ] },
    { heading: 'Directory', links: [
        { label: 'Users', path: '/directory/users', iconName: 'users', matches: /^\/directory\/(?:[^/]+\/)?users/ },
        { label: 'Groups', path: '/directory/groups', iconName: 'group', matches: /^\/directory\/(?:[^/]+\/)?groups/ },
    ] },
    { heading: 'Monitoring', links: [
        { label: 'Provisioning log', path: '/log', iconName: 'activity', matches: /^\/log/ },
    ] },
    { heading: 'Push events', links: [
        { label: 'Streams', path: '/streams', iconName: 'send', matches: /^\/streams/ },
    ] },
    { heading: 'Identity resolution', links: [
        { label: 'Service accounts', path: '/service-accounts', iconName: 'key', matches: /^\/service-accounts/, id: 'nav-service-accounts' },
    ] },
];

let shell = null;

export function shellOutlet(username) {
    if (shell && shell.root.isConnected) return shell;
    shell = buildShell(username);
    document.getElementById('app').replaceChildren(shell.root);
    document.getElementById('app').classList.remove('app-loading');
    return shell;
}

export function dropShell() {
    shell = null;
}

function buildShell(username) {
    const main = h('main', { id: 'main', tabindex: '-1' });
    const links = [];
    const nav = h('nav', { 'aria-label': 'Main' },
        SECTIONS.map((section) => h('div', { class: 'nav-section' },
            h('div', { class: 'nav-heading', id: `nav-${section.heading.toLowerCase().replace(/\W+/g, '-')}` }, section.heading),
            h('ul', { class: 'nav-list', 'aria-labelledby': `nav-${section.heading.toLowerCase().replace(/\W+/g, '-')}` },
                section.links.map((link) => {
                    const anchor = h('a', { class: 'nav-link', href: `#${link.path}`, id: link.id || null },
                        icon(link.iconName), h('span', {}, link.label));
                    links.push({ anchor, matches: link.matches });
                    return h('li', {}, anchor);
                })))));

    const menuButton = h('button', {
        type: 'button', class: 'button icon-button', 'aria-controls': 'sidebar', 'aria-expanded': 'false',
        'aria-label': 'Open navigation',
    }, icon('menu'));
    const closeButton = h('button', { type: 'button', class: 'button icon-button sidebar-close', 'aria-label': 'Close navigation' }, icon('close'));
    const scrim = h('button', { type: 'button', class: 'nav-scrim', hidden: true, tabindex: '-1', 'aria-label': 'Close navigation' });

    const sidebar = h('aside', { class: 'sidebar', id: 'sidebar', 'aria-label': 'Roster' },
        h('div', { class: 'spread' },
            h('a', { class: 'brand', href: '#/integrations' },
                h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'R'),
                h('span', {}, 'Roster', h('span', { class: 'brand-sub' }, 'Directory console'))),
            closeButton),
        nav,
        h('div', { class: 'sidebar-footer' },
            h('a', { class: 'nav-link', href: '../api-docs/', target: '_blank', rel: 'noopener noreferrer' },
                icon('code'), h('span', {}, 'API reference'), icon('external', 'icon-small')),
            h('div', { class: 'account' },
                h('span', { class: 'avatar', 'aria-hidden': 'true' }, (username || '?').slice(0, 1)),
                h('div', {}, h('div', { class: 'account-name' }, username), h('div', { class: 'account-role' }, 'Administrator'))),
            h('button', { type: 'button', class: 'button button-signout', onClick: () => signOut('signed-out') },
                icon('signOut'), 'Sign out')));

    const warningText = h('span');
    const warning = h('div', { class: 'session-warning', role: 'alert', hidden: true },
        icon('clock'), warningText,
        h('button', { type: 'button', class: 'button button-small', onClick: () => keepAlive() }, 'Stay signed in'));

    const root = h('div', { class: 'shell' },
        h('header', { class: 'topbar' },
            menuButton,
            h('a', { class: 'brand', href: '#/integrations' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'R'), 'Roster'),
            h('span', { class: 'avatar', title: username, 'aria-hidden': 'true' }, (username || '?').slice(0, 1))),
        sidebar,
        scrim,
        h('div', { class: 'content' }, h('div', { class: 'content-inner' }, warning, main)));

    function setDrawer(open) {
        root.classList.toggle('shell-nav-open', open);
        menuButton.setAttribute('aria-expanded', String(open));
        scrim.hidden = !open;
        if (open) sidebar.querySelector('a, button').focus();
    }
    menuButton.addEventListener('click', () => setDrawer(true));
    closeButton.addEventListener('click', () => { setDrawer(false); menuButton.focus(); });
    scrim.addEventListener('click', () => setDrawer(false));
    root.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && root.classList.contains('shell-nav-open')) {
            setDrawer(false);
            menuButton.focus();
        }
    });

    return {
        root,
        main,
        /** Marks the current section and closes the drawer after navigating. */
        setCurrent(path) {
            for (const { anchor, matches } of links) {
                if (matches.test(path)) anchor.setAttribute('aria-current', 'page');
                else anchor.removeAttribute('aria-current');
            }
            setDrawer(false);
        },
        showWarning(text) {
            warningText.textContent = text;
            warning.hidden = false;
        },
        hideWarning() {
            warning.hidden = true;
        },
    };
}
