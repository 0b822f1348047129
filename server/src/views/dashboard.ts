// The dashboard's data: every panel computed from one BankReport, apart from any drawing.
import type { BankReport } from '../engine/browser';
import { balance, type Balance } from './balance';
import { heatMap, type HeatMap } from './coverage';
import { daysBetween } from './dates';
import { findingsView, type FindingsView } from './findings';
import { gaps, type GapItem } from './gaps';
import type { ViewOptions } from './options';
import { readiness, type ReadinessMeasure } from './readiness';
import { rehearsalView, type RehearsalView } from './rehearsals';
import { speakingTime, type SpeakingTime } from './speaking-time';

export interface DashboardStory {
  readonly id: string;
  readonly path: string;
  readonly line: number;
  readonly title: string;
  readonly kind: string;
  readonly when: string | null;
  readonly competencies: readonly { readonly name: string; readonly inferred: boolean }[];
}

export interface DashboardModel {
  readonly title: string;
  /** "VP Operations at Northwind · interview in 11 days", or what the bank holds without a role. */
  readonly subtitle: string;
  readonly today: string;
  readonly stories: readonly DashboardStory[];
  readonly readiness: readonly ReadinessMeasure[];
  readonly heatMap: HeatMap;
  readonly balance: Balance;
  readonly speakingTime: SpeakingTime;
  readonly findings: FindingsView;
  readonly rehearsals: RehearsalView;
  readonly gaps: readonly GapItem[];
}

export function dashboardModel(report: BankReport, options: ViewOptions): DashboardModel {
  const role = report.role;
  const interview = report.interviewDate ?? role?.interview ?? null;
  const days = daysBetween(options.today, interview);
  const parts = [
    role ? `${role.title}${role.company ? ` at ${role.company}` : ''}` : 'No target role',
    `${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'}`,
    days !== null && days >= 0 ? (days === 0 ? 'interview today' : `interview in ${days} ${days === 1 ? 'day' : 'days'}`) : null,
  ];
  return {
    title: 'Story bank',
    subtitle: parts.filter((part) => part !== null).join(' · '),
    today: options.today,
    stories: report.stories.map((story) => ({
      id: story.id,
      path: story.path,
      line: story.line,
      title: story.title,
      kind: story.kind,
      when: story.when,
      competencies: story.competencies.map((competency) => ({ name: options.competencyName(competency.id), inferred: competency.source === 'inferred' })),
    })),
    readiness: readiness(report),
    heatMap: heatMap(report, options),
    balance: balance(report),
    speakingTime: speakingTime(report, options),
    findings: findingsView(report),
    rehearsals: rehearsalView(report, options),
    gaps: gaps(report, options),
  };
}
