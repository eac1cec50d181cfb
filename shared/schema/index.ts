export * from './locus-record.ts';
export * from './clip.ts';
export * from './cohort.ts';
export * from './message.ts';
export * from './api.ts';
