// Views over a BankReport: pure data for the dashboard and the interview sheet (no I/O, no DOM).
export { dashboardModel, type DashboardModel, type DashboardStory } from './dashboard';
export { sheetModel, storyRelevance, SHEET_MAX_STORIES, type SheetModel, type SheetStory, type SheetRequirement } from './sheet';
export { storySkeleton, type GapItem } from './gaps';
export { viewOptions, type ViewOptions } from './options';
export { timingTrend } from './rehearsals';
export { daysBetween, formatDuration } from './dates';
