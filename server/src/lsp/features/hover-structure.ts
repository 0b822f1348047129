import { formatDuration, type LintResult, METADATA_KEYS, METADATA_TITLES, type MetadataEntry, REQUIRED_SECTIONS, type Section, SECTION_TITLES, type SectionKind, STORY_KINDS, type StorySummary } from '../../engine';
import { METADATA_GUIDE } from './metadata-guide';
import { NOTES_GUIDE, SECTION_GUIDE } from './section-guide';
import { speakingTimeLabel } from './story-figures';

/** Over a section heading or label: what the section should hold, and its size within the story. */
export function sectionHover(result: LintResult, story: StorySummary, sectionIndex: number): string {
  const section: Section = result.document.stories[story.index].sections[sectionIndex];
  if (section.role === 'notes') return `**Notes**\n\n${NOTES_GUIDE}`;
  if (section.role === 'unknown') {
    const names = Object.values(SECTION_TITLES).join(', ');
    return `**“${section.name}” is not a section name**\n\nIts text is checked like any other spoken text but counts towards no STAR section. Section names: ${names}, Notes.`;
  }
  const words = result.sectionWords[story.index][sectionIndex];
  const share = story.words > 0 ? words / story.words : 0;
  // The story's estimate is rounded to whole seconds; a section's share of it is close enough for "~".
  const seconds = story.speakingSeconds * share;
  const heading = section.kinds.map((kind) => SECTION_TITLES[kind]).join(' & ');
  const guide = section.kinds.map((kind: SectionKind) => SECTION_GUIDE[kind]);
  return [
    `**${heading}** — ${guide.map((entry) => entry.holds).join(' ')}`,
    guide.map((entry) => entry.aim).join(' '),
    `${words} word${words === 1 ? '' : 's'} · ${Math.round(share * 100)}% of the story · ~${formatDuration(seconds)} spoken (story: ${speakingTimeLabel(story)})`,
  ].join('\n\n');
}

/** Over a metadata line: what the key means and the values it accepts. */
export function metadataHover(entry: MetadataEntry): string {
  const guide = METADATA_GUIDE[entry.key];
  const aliases = [...METADATA_KEYS].filter(([, key]) => key === entry.key).map(([name]) => `\`${capitalize(name)}\``);
  return [
    `**${METADATA_TITLES[entry.key]}** (metadata${aliases.length > 1 ? `; also written ${aliases.filter((alias) => alias !== `\`${METADATA_TITLES[entry.key]}\``).join(', ')}` : ''})`,
    guide.meaning,
    `Values: ${guide.values}`,
    ...(entry.key === 'kind' ? [requiredSectionsNote()] : []),
  ].join('\n\n');
}

function requiredSectionsNote(): string {
  const names = (kinds: readonly SectionKind[]) => kinds.map((kind) => SECTION_TITLES[kind]).join(', ');
  return `Required sections — ${STORY_KINDS.map((kind) => `${kind}: ${names(REQUIRED_SECTIONS[kind])}`).join('; ')}.`;
}

function capitalize(name: string): string {
  return name.length <= 1 ? name.toUpperCase() : name[0].toUpperCase() + name.slice(1);
}

