// Line icons drawn for the console (24×24, stroke), built as SVG nodes: no icon font, nothing fetched.
// Icons are decorative (aria-hidden); the control next to them carries the words.

const SVG = 'http://www.w3.org/2000/svg';

// Every icon is stroked in the text colour and hidden from assistive technology and the tab order.
const SVG_ATTRIBUTES = {
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
};

const PATHS = {
    plug: ['M9 2v6', 'M15 2v6', 'M6 8h12v3a6 6 0 0 1-12 0V8Z', 'M12 17v5'],
    users: ['M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2', 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M22 21v-2a4 4 0 0 0-3-3.87', 'M16 3.13a4 4 0 0 1 0 7.75'],
    user: ['M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2', 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z'],
    group: ['M3 7h18v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7Z', 'M3 7l2-4h14l2 4', 'M9 12h6'],
    log: ['M4 6h16', 'M4 12h16', 'M4 18h10'],
    key: ['M7.5 21a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Z', 'M10.7 13.3 20 4', 'M16 8l3 3', 'M18.5 5.5l2 2'],
    pencil: ['M17 3a2.83 2.83 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5L17 3Z'],
    copy: ['M9 9h11v11H9z', 'M5 15H4V4h11v1'],
    check: ['M20 6 9 17l-5-5'],
    plus: ['M12 5v14', 'M5 12h14'],
    trash: ['M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6'],
    search: ['M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16Z', 'M21 21l-4.35-4.35'],
    alert: ['M12 9v4', 'M12 17h.01', 'M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0Z'],
    info: ['M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z', 'M12 16v-4', 'M12 8h.01'],
    error: ['M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z', 'M15 9l-6 6', 'M9 9l6 6'],
    signOut: ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'M16 17l5-5-5-5', 'M21 12H9'],
    menu: ['M3 6h18', 'M3 12h18', 'M3 18h18'],
    close: ['M18 6 6 18', 'M6 6l12 12'],
    refresh: ['M21 12a9 9 0 1 1-3-6.7L21 8', 'M21 3v5h-5'],
    rotate: ['M3 12a9 9 0 0 1 15-6.7L21 8', 'M21 3v5h-5', 'M21 12a9 9 0 0 1-15 6.7L3 16', 'M3 21v-5h5'],
    chevronLeft: ['M15 18l-6-6 6-6'],
    chevronRight: ['M9 18l6-6-6-6'],
    clock: ['M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z', 'M12 6v6l4 2'],
    shield: ['M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10Z'],
    database: ['M12 8c4.97 0 9-1.34 9-3s-4.03-3-9-3-9 1.34-9 3 4.03 3 9 3Z', 'M21 12c0 1.66-4 3-9 3s-9-1.34-9-3', 'M3 5v14c0 1.66 4 3 9 3s9-1.34 9-3V5'],
    book: ['M4 19.5A2.5 2.5 0 0 1 6.5 17H20', 'M6.5 2H20v20H6.5A2.5 2.5 0 0 1 4 19.5v-15A2.5 2.5 0 0 1 6.5 2Z'],
    external: ['M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6', 'M15 3h6v6', 'M10 14 21 3'],
    activity: ['M22 12h-4l-3 9L9 3l-3 9H2'],
    pause: ['M6 4h4v16H6z', 'M14 4h4v16h-4z'],
    play: ['M5 3l14 9-14 9V3Z'],
    code: ['M16 18l6-6-6-6', 'M8 6l-6 6 6 6'],
    send: ['M22 2 11 13', 'M22 2l-7 20-4-9-9-4 20-7Z'],
};

export function icon(name, extraClass = '') {
    const svg = document.createElementNS(SVG, 'svg');
    for (const [name, value] of Object.entries(SVG_ATTRIBUTES)) {
        svg.setAttribute(name, value);
    }
    svg.setAttribute('class', `icon ${extraClass}`.trim());
    for (const d of PATHS[name] || PATHS.info) {
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', d);
        svg.append(path);
    }
    return svg;
}
