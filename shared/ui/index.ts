/** Reading-list UI shared by the worker's /c/:slug page and the extension's side panel. */
export { ReadingList } from './ReadingList.tsx';
export { groupClipsByRegion, type ReadingClip } from './group.ts';
