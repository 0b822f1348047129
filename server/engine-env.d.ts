// The one Node global the engine may use, for the engine's own typecheck (server/src/engine/tsconfig.json):
// a synchronous, lazy `require` of the pure libraries that are too slow to load at start-up.
declare function require(id: 'compromise/two' | 'ts-fsrs'): unknown;
