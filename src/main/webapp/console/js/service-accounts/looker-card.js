// How a repository maps Looker user ids to emails: Looker API credentials (the secret is stored encrypted and
// never shown again) and/or an uploaded user map (an export of Looker's System Activity → User with User ID
// and Email, consulted first).

import { h, uid, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { count, plural } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { confirmThenRun, formDialog } from '../ui/dialog.js';
import { toast } from '../ui/feedback.js';

const MAP_PREVIEW = 10;

/** Whether Looker user ids can be mapped, as a pill. */
export function lookerStatus(repository) {
    const parts = [repository.looker && 'API credentials', repository.lookerMappingEntries > 0 && `User map (${count(repository.lookerMappingEntries)})`].filter(Boolean);
    return parts.length > 0 ? pill(parts.join(' + '), 'success') : pill('Not configured');
}

/** onChanged(repository) after credentials or the map changed. */
export function lookerCard(repository, onChanged) {
    const path = `repositories/${seg(repository.id)}`;
    const credentials = h('div', { class: 'stack-small' });
    const map = h('div', { class: 'stack-small' });

    async function changed(message) {
        toast(message);
        repository = await api.get(path);
        render();
        onChanged(repository);
    }

    function render() {
        const looker = repository.looker;
        replaceChildren(credentials,
            h('h3', {}, 'Looker API credentials'),
            looker
                ? h('dl', { class: 'attributes attributes-compact' },
                    h('dt', {}, 'API URL'), h('dd', { class: 'mono' }, looker.apiUrl),
                    h('dt', {}, 'Client ID'), h('dd', { class: 'mono' }, looker.clientId),
                    h('dt', {}, 'Client secret'), h('dd', {}, looker.clientSecretStored ? 'Stored encrypted; never shown' : 'None'),
                    h('dt', {}, 'Cache'), h('dd', {}, looker.cacheSeconds === null || looker.cacheSeconds === undefined
                        ? 'Server default' : `${count(looker.cacheSeconds)} s`))
                : h('p', { class: 'muted' }, 'Roster logs in to the Looker API and reads each user’s email (GET /api/4.0/users/{id}). The API user’s role needs see_users.'),
            h('div', { class: 'row' },
                h('button', { type: 'button', class: 'button', onClick: editCredentials }, icon(looker ? 'pencil' : 'plus'), looker ? 'Change credentials' : 'Add API credentials'),
                looker && h('button', { type: 'button', class: 'button button-danger-quiet', onClick: removeCredentials }, icon('trash'), 'Remove credentials')));
        const previewHost = h('div');
        replaceChildren(map,
            h('h3', {}, 'Uploaded user map'),
            repository.lookerMappingEntries > 0
                ? h('p', {}, plural(repository.lookerMappingEntries, 'entry', 'entries'), h('span', { class: 'muted' }, ' · consulted before the Looker API'))
                : h('p', { class: 'muted' }, 'No map. Export Looker’s System Activity → User Explore with the fields User ID and Email as CSV and upload it; upload it again when users join.'),
            previewHost,
            h('div', { class: 'row' },
                h('button', { type: 'button', class: 'button', onClick: upload }, icon('plus'), repository.lookerMappingEntries > 0 ? 'Replace user map' : 'Upload user map'),
                repository.lookerMappingEntries > 0 && h('button', { type: 'button', class: 'button button-danger-quiet', onClick: removeMap }, icon('trash'), 'Delete user map')));
        if (repository.lookerMappingEntries > 0) preview(previewHost);
    }

    async function preview(host) {
        try {
            const page = await api.get(`${path}/looker-user-map`, { count: MAP_PREVIEW });
            replaceChildren(host, h('table', { class: 'mapping-table' },
                h('caption', { class: 'visually-hidden' }, 'First entries of the Looker user map'),
                h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Looker user ID'), h('th', { scope: 'col' }, 'Email'))),
                h('tbody', {}, page.items.map((entry) => h('tr', {}, h('td', { class: 'mono' }, String(entry.lookerUserId)), h('td', { class: 'break' }, entry.email))))),
            page.totalResults > page.items.length && h('p', { class: 'hint' }, `and ${count(page.totalResults - page.items.length)} more`));
        } catch (error) {
            replaceChildren(host, h('p', { class: 'field-error' }, error.message));
        }
    }

    async function editCredentials() {
        const current = repository.looker;
        const fields = {
            apiUrl: ['API URL', 'url', 'https://acme.cloud.looker.com', 'The instance’s API host, without /api/4.0 (self-hosted: often port 19999).'],
            clientId: ['Client ID', 'text', '', 'Admin → Users → (Roster’s API user) → Edit → API Keys → New API Key.'],
            clientSecret: ['Client secret', 'password', '', current ? 'Leave empty to keep the stored secret.' : 'Stored encrypted; never shown again.'],
            cacheSeconds: ['Cache emails for (seconds)', 'number', 'Server default', 'Optional, 0–604800. Users change rarely.'],
        };
        const inputs = {};
        const nodes = Object.entries(fields).map(([key, [label, type, placeholder, hint]]) => {
            const id = uid(`looker-${key}`);
            const value = current && key !== 'clientSecret' && current[key] !== null && current[key] !== undefined ? String(current[key]) : null;
            inputs[key] = h('input', {
                class: 'input', id, name: key, type, placeholder: placeholder || null, value, autocomplete: key === 'clientSecret' ? 'new-password' : 'off',
                spellcheck: 'false', min: type === 'number' ? '0' : null, max: type === 'number' ? '604800' : null, 'aria-describedby': `${id}-hint`,
            });
            return h('div', { class: 'field' }, h('label', { class: 'label', for: id }, label), inputs[key], h('span', { class: 'hint', id: `${id}-hint` }, hint));
        });
        const saved = await formDialog({
            title: current ? 'Change Looker API credentials' : 'Add Looker API credentials',
            text: 'Roster maps Looker user ids to emails with them.',
            iconName: 'key',
            submitLabel: 'Save credentials',
            fields: nodes,
            submit: async () => {
                const cache = inputs.cacheSeconds.value.trim();
                const looker = { apiUrl: inputs.apiUrl.value.trim(), clientId: inputs.clientId.value.trim(), cacheSeconds: cache === '' ? null : Number(cache) };
                if (inputs.clientSecret.value) looker.clientSecret = inputs.clientSecret.value;
                return api.patch(path, { looker });
            },
        });
        inputs.clientSecret.value = '';
        if (saved) changed('Looker API credentials saved');
    }

    // Deletes `url` once the admin confirms `question`; `done` says what changed.
    async function deleteAfterConfirming(question, url, done) {
        if (await confirmThenRun(question, () => api.delete(url))) changed(done);
    }

    function removeCredentials() {
        return deleteAfterConfirming({
            title: 'Remove the Looker API credentials?',
            text: 'Looker user ids are then mapped only through the uploaded user map; ids not in it are unattributed.',
            confirmLabel: 'Remove credentials',
        }, `${path}/looker`, 'Looker API credentials removed');
    }

    async function upload() {
        const fileId = uid('map-file');
        const textId = uid('map-text');
        const file = h('input', { class: 'input', id: fileId, type: 'file', accept: '.csv,text/csv,text/plain', 'aria-describedby': `${fileId}-hint` });
        const text = h('textarea', { class: 'textarea', id: textId, spellcheck: 'false', placeholder: 'looker_user_id,email\n123,jane@example.com' });
        const uploaded = await formDialog({
            title: 'Upload the Looker user map',
            text: 'It replaces the whole map. One looker_user_id,email per line; a header line is fine.',
            iconName: 'book',
            submitLabel: 'Upload',
            fields: [
                h('div', { class: 'field' }, h('label', { class: 'label', for: fileId }, 'CSV file'), file,
                    h('span', { class: 'hint', id: `${fileId}-hint` }, 'System Activity → User, fields User ID and Email, downloaded as CSV.')),
                h('div', { class: 'field' }, h('label', { class: 'label', for: textId }, 'Or paste its lines'), text),
            ],
            submit: async () => {
                const content = file.files.length > 0 ? await file.files[0].text() : text.value;
                if (!content.trim()) throw new Error('Choose a CSV file or paste its lines.');
                return api.putText(`${path}/looker-user-map`, content, 'text/csv');
            },
        });
        if (uploaded) changed(`User map uploaded: ${plural(uploaded.totalResults, 'entry', 'entries')}`);
    }

    function removeMap() {
        return deleteAfterConfirming({
            title: 'Delete the Looker user map?',
            text: 'Looker user ids are then mapped only through the Looker API, if it is set up.',
            confirmLabel: 'Delete user map',
        }, `${path}/looker-user-map`, 'Looker user map deleted');
    }

    render();
    return h('section', { class: 'card', id: 'looker-settings', 'aria-labelledby': 'looker-heading' },
        h('div', { class: 'card-header' }, h('div', {},
            h('h2', { id: 'looker-heading' }, 'Looker user ids'),
            h('p', {}, 'Looker names people by its own numeric user id. For Looker accounts, Roster maps it to an email in one of these ways.'))),
        h('div', { class: 'card-body looker-ways' }, credentials, map));
}
