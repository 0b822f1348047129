// Practice: the rehearsal log format, the spaced schedule, cue cards, split summaries and the
// `Rehearsed:` edit. Pure: the CLI, the server and the bank adapt it.
export { addDays, dayOf, daysBetween, isIsoDate, localIsoDate, localIsoDateTime } from './dates';
export { formatRehearsalLine, parseRehearsalLog, ratingForKey, REHEARSAL_RATINGS, toRehearsalEntry, type ParsedRehearsalLog, type RehearsalLogError } from './log';
export {
  DEFAULT_FINAL_DAYS,
  FINAL_WEEK_DAYS,
  inFinalWeek,
  rehearsalOrder,
  scheduleRehearsals,
  withHandWrittenDates,
  type QueueItem,
  type RehearsalSchedule,
  type ScheduleOptions,
} from './schedule';
export { buildCueCards, cueCardFor, type CueAnchor, type CueCard, type CueCardOptions, type SplitKey } from './cue-card';
export { rehearsedDates, rehearsedEdit } from './rehearsed-edit';
export { sectionSeconds, summarizeRehearsal, timerTone, type RehearsalSummary, type SplitSummary, type SplitVerdict, type TimerTone } from './splits';
export { rehearsalLine, relativeDay, summarizeHistory, type HistorySummary, type TimingTrend } from './history';
