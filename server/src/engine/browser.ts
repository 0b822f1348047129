// The engine's second public entry, for browser bundles (the dashboard and sheet webviews): format
// vocabulary and story ids, which pull in nothing heavy. Everything else goes through ./index.ts.
export { storyIds, storySlug } from './bank/ids';
export { METADATA_KEYS, METADATA_TITLES, REQUIRED_SECTIONS, SECTION_NAMES, SECTION_ORDER, SECTION_TITLES, STORY_KINDS } from './parse/vocabulary';
export type * from './bank/report';
export type * from './parse/types';
// Rehearsal: the session and what its views need (no schedule: ts-fsrs stays out of the bundles).
export { formatDuration } from './parse/duration';
export { ratingForKey, REHEARSAL_RATINGS } from './practice/log';
export { RehearsalSession, type RehearsalPhase, type RehearsalSnapshot } from './practice/session';
export { summarizeRehearsal, timerTone, type SplitVerdict, type TimerTone } from './practice/splits';
export type { CueAnchor, CueCard, SplitKey } from './practice/cue-card';
