/** Reading-list UI shared by the worker's /c/:slug page and the extension's side panel. */
export { ReadingList, ClipEntry, type ReadingListProps } from './ReadingList.tsx';
export { groupClipsByRegion, type ReadingClip, type RegionGroup, type LocusGroup } from './group.ts';
export { UI_STRINGS, type UiLang, type UiStrings } from './strings.ts';
export { formatDate, hostOf, safeHref } from './format.ts';
export { regionCounter, type RegionCounts } from './region-counts.ts';
