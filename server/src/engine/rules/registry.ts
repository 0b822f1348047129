import { blamePhrasing } from './blame-phrasing';
import { boastful } from './boastful';
import { damagingFailure } from './damaging-failure';
import { excuse } from './excuse';
import { hedging } from './hedging';
import { humblebragFailure } from './humblebrag-failure';
import { missingLessons } from './missing-lessons';
import { missingSection } from './missing-section';
import { noFollowThrough } from './no-follow-through';
import { noTeam } from './no-team';
import { passiveOwnership } from './passive-ownership';
import type { Rule } from './rule';
import { sectionBalance } from './section-balance';
import { speakingTime } from './speaking-time';
import { unknownDirective } from './unknown-directive';
import { unknownMetadata } from './unknown-metadata';
import { unknownSection } from './unknown-section';
import { unquantifiedResult } from './unquantified-result';
import { vagueClaim } from './vague-claim';
import { weWithoutI } from './we-without-i';

/** Every rule, in the order of the spec's rule table. Settings, docs and tables derive from this list. */
export const RULES: readonly Rule[] = [
  missingSection,
  unquantifiedResult,
  vagueClaim,
  blamePhrasing,
  excuse,
  passiveOwnership,
  missingLessons,
  noFollowThrough,
  weWithoutI,
  noTeam,
  hedging,
  boastful,
  humblebragFailure,
  damagingFailure,
  speakingTime,
  sectionBalance,
  unknownSection,
  unknownMetadata,
  unknownDirective,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
