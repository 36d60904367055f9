// Service accounts → Resolve a statement: pick a repository and database account, paste a statement, see
// who it is attributed to. The choice stays in the address (?repository=…&account=…).

import { append } from '../core/dom.js';
import { serviceAccountsHeader } from './service-accounts-header.js';
import { resolveBox } from './resolve-box.js';

export default function resolvePage(context) {
    context.setTitle('Resolve a statement');
    append(context.outlet,
        ...serviceAccountsHeader('resolve'),
        resolveBox({ repositoryId: context.query.repository, accountId: context.query.account }));
}
