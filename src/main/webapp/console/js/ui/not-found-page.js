import { h, append } from '../core/dom.js';
import { emptyState } from './states.js';
import { pageHeader } from './page-header.js';

export default function notFoundPage(context) {
    context.setTitle('Not found');
    append(context.outlet, 
        pageHeader({ title: 'Page not found' }),
        h('div', { class: 'card' }, emptyState({
            iconName: 'alert',
            title: 'There is nothing at this address',
            text: 'The link may be out of date, or the integration it pointed to was deleted.',
            actions: [h('a', { class: 'button button-primary', href: '#/integrations' }, 'Go to integrations')],
        })));
}
