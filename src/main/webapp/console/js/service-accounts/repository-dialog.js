// Creating, editing and deleting a data repository: a database that BI tools reach through service accounts.
// Its Looker API credentials and user map are set on the repository page (looker-card.js).

import { h, uid } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { confirmThenRun, formDialog, nameField } from '../ui/dialog.js';
import { plural } from '../core/format.js';
import { REPOSITORY_TYPES } from './vocabulary.js';

/** Opens the dialog; resolves with the created or changed repository, or null. */
export function repositoryDialog(repository = null) {
    const typeId = uid('repository-type');
    const name = nameField({
        placeholder: 'warehouse',
        value: repository ? repository.name : null,
        hint: 'Unique. Your data layer names the repository by it when it asks who is behind a statement.',
        missing: 'Give the repository a name.',
    });
    const types = [...REPOSITORY_TYPES];
    if (repository && !types.some(([value]) => value === repository.type)) types.push([repository.type, repository.type]);
    const type = h('select', { class: 'select', id: typeId, name: 'type' },
        types.map(([value, label]) => h('option', { value, selected: value === (repository ? repository.type : 'snowflake') }, label)));
    return formDialog({
        title: repository ? `Edit ${repository.name}` : 'New repository',
        text: repository ? null : 'A database that BI tools or applications reach through shared service accounts. You add those accounts next.',
        iconName: 'database',
        submitLabel: repository ? 'Save changes' : 'Create repository',
        fields: [
            name.node,
            h('div', { class: 'field' }, h('label', { class: 'label', for: typeId }, 'Database'), type),
        ],
        submit: async () => {
            const value = name.value();
            if (!repository) return api.post('repositories', { name: value, type: type.value });
            return api.patch(`repositories/${seg(repository.id)}`, { name: value, type: type.value });
        },
    });
}

/** Asks, deletes; resolves true when deleted. */
export async function deleteRepository(repository) {
    return confirmThenRun({
        title: `Delete ${repository.name}?`,
        text: `Its ${plural(repository.accounts, 'database account', 'database accounts')}, their attribution records and the uploaded `
            + 'Looker user map are deleted too. Your data layer’s questions about it are refused from then on.',
        confirmLabel: 'Delete repository',
    }, () => api.delete(`repositories/${seg(repository.id)}`), `${repository.name} deleted`);
}
