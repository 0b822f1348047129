// The bank report's types, from the engine's index (types only: nothing of the engine is bundled).
export type { BankReport } from '../engine/browser';
