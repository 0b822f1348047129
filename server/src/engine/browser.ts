// The engine's second public entry, for browser bundles (the dashboard and sheet webviews): format
// vocabulary and story ids, which pull in nothing heavy. Everything else goes through ./index.ts.
export { storyIds, storySlug } from './bank/ids';
export { METADATA_KEYS, METADATA_TITLES, REQUIRED_SECTIONS, SECTION_NAMES, SECTION_ORDER, SECTION_TITLES, STORY_KINDS } from './parse/vocabulary';
export type * from './bank/report';
export type * from './parse/types';
