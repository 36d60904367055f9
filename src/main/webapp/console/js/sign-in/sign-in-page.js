// Sign-in with the admin credentials. The password goes only into the POST body of /api/v1/session and is
// cleared from the form after every attempt; the native form submit is refused by the CSP (form-action
// 'none'), so even without this script a password can never end up in a URL.

import { h, replaceChildren, append } from '../core/dom.js';
import { icon } from '../ui/icons.js';
import { CookieRejectedError, signIn } from '../core/session.js';

const ENDED = {
    idle: 'You were signed out after a period of inactivity. Sign in again to continue.',
    expired: 'Your session has ended. Sign in again to continue.',
    max: 'Your session reached its maximum length. Sign in again to continue.',
};

export default function signInPage(context) {
    context.setTitle('Sign in');
    const username = h('input', {
        class: 'input', id: 'username', name: 'username', autocomplete: 'username', required: true,
        autocapitalize: 'none', spellcheck: 'false',
    });
    const password = h('input', {
        class: 'input', id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
    });
    const error = h('div', { class: 'callout callout-danger', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Sign in');
    const ended = ENDED[context.query.ended];

    const form = h('form', { method: 'post', novalidate: true, 'aria-describedby': 'signin-help' },
        ended && h('div', { class: 'callout', role: 'status' }, icon('clock'), h('span', {}, ended)),
        error,
        h('div', { class: 'field' }, h('label', { class: 'label', for: 'username' }, 'Username'), username),
        h('div', { class: 'field' }, h('label', { class: 'label', for: 'password' }, 'Password'), password),
        submit);

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        showError(null);
        if (!username.value.trim() || !password.value) {
            showError('Enter the admin username and password.');
            (username.value.trim() ? password : username).focus();
            return;
        }
        submit.disabled = true;
        submit.textContent = 'Signing in…';
        const secret = password.value;
        password.value = '';
        try {
            await signIn(username.value.trim(), secret);
        } catch (failure) {
            showError(messageFor(failure));
            password.focus();
        } finally {
            submit.disabled = false;
            submit.textContent = 'Sign in';
        }
    });

    function showError(message) {
        error.hidden = !message;
        replaceChildren(error, ...(message ? [icon('error'), h('span', {}, message)] : []));
    }

    append(context.outlet, h('div', { class: 'signin' },
        h('main', { class: 'card signin-card', id: 'main' },
            h('div', { class: 'signin-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'R'), 'Roster'),
            h('h1', {}, 'Sign in to the console'),
            h('p', { class: 'page-description', id: 'signin-help' },
                'Use the Roster admin account. Identity providers connect with their own SCIM tokens, not with this account.'),
            form,
            h('p', { class: 'signin-foot' }, 'Forgot the password? Set roster.admin.password and restart Roster.'))));
    username.focus();
}

function messageFor(failure) {
    if (failure instanceof CookieRejectedError) return failure.message;
    if (failure.status === 401) return 'Wrong username or password.';
    if (failure.status === 429) {
        return `Too many failed sign-ins. Try again in ${failure.retryAfter || 'a few'} seconds.`;
    }
    return failure.message || 'Signing in failed.';
}
