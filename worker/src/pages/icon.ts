/**
 * The pages' icon (/aset/lokus.svg, and /favicon.ico for browsers that ask there): a map pin on the brand green,
 * the mark of a locus. SVG, so one file is sharp at every size.
 */
export const PAGE_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1b6b4a"/><path d="M32 10c-9.4 0-17 7.4-17 16.6C15 39 32 54 32 54s17-15 17-27.4C49 17.4 41.4 10 32 10z" fill="#fff"/><circle cx="32" cy="26.5" r="6.5" fill="#1b6b4a"/></svg>`;
