// The coverage heat map: competencies (those the target role weighs first) × stories, each cell
// tagged (the story says so), inferred (from its text) or empty.
import type { BankReport, CompetencySource } from '../engine/browser';
import type { ViewOptions } from './options';

export interface HeatMapStory {
  readonly id: string;
  readonly title: string;
}

export interface HeatMapCell {
  readonly story: string;
  readonly source: CompetencySource | null;
}

export interface HeatMapRow {
  readonly competency: string;
  readonly name: string;
  /** The target role weighs it. */
  readonly weighted: boolean;
  /** Stories showing it (tagged or inferred). */
  readonly count: number;
  readonly cells: readonly HeatMapCell[];
}

export interface HeatMap {
  readonly stories: readonly HeatMapStory[];
  readonly rows: readonly HeatMapRow[];
}

export function heatMap(report: BankReport, options: ViewOptions): HeatMap {
  const weighted = report.role?.competencies ?? [...new Set(report.role?.requirements.flatMap((requirement) => requirement.competencies) ?? [])];
  const order = [...new Set([...weighted, ...report.competencies.map((entry) => entry.id), ...report.stories.flatMap((story) => story.competencies.map((c) => c.id))])];
  const rows = order.map((competency): HeatMapRow => {
    const cells = report.stories.map((story) => ({
      story: story.id,
      source: story.competencies.find((candidate) => candidate.id === competency)?.source ?? null,
    }));
    return {
      competency,
      name: options.competencyName(competency),
      weighted: weighted.includes(competency),
      count: cells.filter((cell) => cell.source !== null).length,
      cells,
    };
  });
  return { stories: report.stories.map((story) => ({ id: story.id, title: story.title })), rows };
}
