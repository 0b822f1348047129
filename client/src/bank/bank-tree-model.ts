// The Story Bank tree as data, apart from drawing (no `vscode` import): four groupings of the bank
// report — the target role's requirements, competencies, questions and kinds — each down to stories.
import type { BankResult, BankReport, BankStory } from '../../../server/src/protocol';

export type BankIcon = 'role' | 'requirement-covered' | 'requirement-gap' | 'competency' | 'competency-gap' | 'question' | 'question-gap' | 'kind' | 'story' | 'info';

export interface BankNode {
  /** Stable across refreshes, so VS Code keeps what is expanded. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon: BankIcon;
  readonly children?: readonly BankNode[];
  /** A story: where to open it (path relative to the bank root, 1-based line). */
  readonly open?: { readonly path: string; readonly line: number };
  /** A story: its document URI and 0-based title line, for the commands of its context menu (Rehearse Story). */
  readonly story?: { readonly uri: string; readonly line: number };
  /** Marks a gap (uncovered requirement, competency without a story, unanswerable question). */
  readonly gap?: boolean;
}

const KIND_ORDER = ['achievement', 'failure', 'challenge'];

export function buildBankTree({ rootUri, report, coveredThreshold, competencyNames }: BankResult): BankNode[] {
  const byId = new Map(report.stories.map((story) => [story.id, story]));
  const storyNode = (parent: string, story: BankStory, description?: string): BankNode => ({
    id: `${parent}/${story.id}`,
    label: story.title,
    description: description ?? story.path,
    tooltip: `${story.title}\n${story.path}:${story.line}\n${story.kind}${story.words ? ` · ${story.words} words` : ''}`,
    icon: 'story',
    open: { path: story.path, line: story.line },
    story: { uri: joinUri(rootUri, story.path), line: Math.max(0, story.line - 1) },
  });
  const nameOf = (id: string): string => competencyNames[id] ?? id;
  return [roleGroup(report, byId, storyNode, coveredThreshold), competencyGroup(report, byId, storyNode, nameOf), questionGroup(report, byId, storyNode), kindGroup(report, storyNode)];
}

/** A bank-relative path (`/` separators) under the root's URI, each segment encoded. */
export function joinUri(rootUri: string, relativePath: string): string {
  return `${rootUri.replace(/\/+$/, '')}/${relativePath.split('/').map(encodeURIComponent).join('/')}`;
}

type StoryNodeOf = (parent: string, story: BankStory, description?: string) => BankNode;

function roleGroup(report: BankReport, byId: ReadonlyMap<string, BankStory>, storyNode: StoryNodeOf, coveredThreshold: number): BankNode {
  const role = report.role;
  if (!role) {
    return { id: 'role', label: 'Target role', description: 'none', tooltip: 'Add a .role file with the job description (or set "role" in .storycoach.json) to see which requirements your stories cover.', icon: 'role', children: [] };
  }
  const covered = role.requirements.filter((requirement) => requirement.covered).length;
  return {
    id: 'role',
    label: role.title,
    description: `${covered} of ${role.requirements.length} requirements covered`,
    tooltip: role.path,
    icon: 'role',
    open: { path: role.path, line: 1 },
    children: role.requirements.map((requirement) => {
      const id = `role/${requirement.line}`;
      const stories = requirement.matches.filter((match) => match.score >= coveredThreshold && byId.has(match.story));
      return {
        id,
        label: requirement.text,
        description: requirement.covered ? `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}` : 'no story yet',
        tooltip: `${requirement.text}${requirement.competencies.length > 0 ? `\nAsks for: ${requirement.competencies.join(', ')}` : ''}`,
        icon: requirement.covered ? 'requirement-covered' : 'requirement-gap',
        gap: !requirement.covered,
        open: { path: role.path, line: requirement.line },
        children: stories.map((match) => storyNode(id, byId.get(match.story) as BankStory, `fit ${match.score.toFixed(2)}${match.terms.length > 0 ? ` · ${match.terms.slice(0, 3).join(', ')}` : ''}`)),
      };
    }),
  };
}

function competencyGroup(report: BankReport, byId: ReadonlyMap<string, BankStory>, storyNode: StoryNodeOf, nameOf: (id: string) => string): BankNode {
  const shown = report.competencies.filter((competency) => competency.stories.length > 0).length;
  return {
    id: 'competencies',
    label: 'Competencies',
    description: `${shown} of ${report.competencies.length} shown by a story`,
    icon: 'competency',
    children: report.competencies.map((competency) => {
      const id = `competency/${competency.id}`;
      const gap = competency.stories.length === 0;
      return {
        id,
        label: nameOf(competency.id),
        description: gap ? 'no story' : String(competency.stories.length),
        icon: gap ? 'competency-gap' : 'competency',
        gap,
        children: competency.stories.flatMap((storyId) => {
          const story = byId.get(storyId);
          if (!story) return [];
          const inferred = story.competencies.some((candidate) => candidate.id === competency.id && candidate.source === 'inferred');
          return [storyNode(id, story, inferred ? 'inferred' : 'tagged')];
        }),
      };
    }),
  };
}

function questionGroup(report: BankReport, byId: ReadonlyMap<string, BankStory>, storyNode: StoryNodeOf): BankNode {
  const answerable = report.questions.filter((question) => !question.gap).length;
  return {
    id: 'questions',
    label: 'Questions',
    description: `${answerable} of ${report.questions.length} answerable`,
    icon: 'question',
    children: report.questions.map((question) => {
      const id = `question/${question.id}`;
      return {
        id,
        label: question.text,
        description: question.gap ? 'gap' : (byId.get(question.matches[0]?.story ?? '')?.title ?? ''),
        tooltip: `${question.text}\nKind: ${question.kind}${question.competencies.length > 0 ? ` · probes ${question.competencies.join(', ')}` : ''}`,
        icon: question.gap ? 'question-gap' : 'question',
        gap: question.gap,
        children: question.matches.flatMap((match) => {
          const story = byId.get(match.story);
          return story ? [storyNode(id, story, `${match.pinned ? 'pinned · ' : ''}fit ${match.score.toFixed(2)}`)] : [];
        }),
      };
    }),
  };
}

function kindGroup(report: BankReport, storyNode: StoryNodeOf): BankNode {
  const kinds = [...new Set([...KIND_ORDER, ...Object.keys(report.balance), ...report.stories.map((story) => story.kind)])];
  return {
    id: 'kinds',
    label: 'Kinds',
    description: `${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'}`,
    icon: 'kind',
    children: kinds.map((kind) => {
      const stories = report.stories.filter((story) => story.kind === kind);
      const id = `kind/${kind}`;
      return { id, label: kind, description: String(stories.length), icon: 'kind', gap: stories.length === 0 && kind === 'failure', children: stories.map((story) => storyNode(id, story)) };
    }),
  };
}
