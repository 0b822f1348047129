/**
 * Finds figures in a sentence: numbers, percentages, money, durations and multiples ("doubled",
 * "3x", "twice as fast"). A lexicon and patterns do this better than compromise 14, which reads
 * "$2.4M" as 2.4, misses "doubled" and tags the "a" of "a year" as a value.
 * Years, quarters and digits glued to letters (S3, EC2, v2) are names, not measures.
 */
const DIGITS = /(?<![\p{L}\d])[$€£¥]?\d[\d,.]*(?:\s?(?:%|[kKmMbB](?![\p{L}])|bn|x(?![\p{L}])|×|ms|s(?![\p{L}])|h(?![\p{L}])))?(?![\p{Lu}\d])/gu;
const YEAR_OR_QUARTER = /^(?:19|20)\d\d$/;
// Numbers that are part of a name: "Fortune 500", "S&P 500", "Top 10" lists, "Series B".
// Standards, levels and stages are names too: "ISO 14001", "PCI DSS Level 1", "IATF 16949", "Phase 2", "Year 9".
const NAME_BEFORE =
  /(?:Fortune|S&P|FTSE|Russell|Nasdaq|Inc\.?|Top|Web|Industry|Windows|iPhone|Python|Java|ISO|IEC|IATF|PCI|DSS|SOC|NIST|BS|EN|HIPAA|GDPR|Level|Tier|Stage|Phase|Version|Release|Category|Grade|Band|Key Stage|Year|Class|Type|Model|Series|Generation|Gen|Wave|Sprint|Section|Article|Schedule|Part|Rule|Form|Building|Block|Unit|Line|Ward|Gate|Terminal|Platform|Route|Channel)\s*$/;
// A duration without digits: "within a week", "in under an hour".
const SPELLED_DURATION = /\b(?:within|in|under|after|over|inside|less than|more than|about|nearly|almost|just|only)\s+(?:under\s+)?(?:a|an|one|half an?)\s+(?:hour|day|week|weekend|fortnight|month|quarter|year|sprint)\b/gi;
// `\w{1,20}fold`, not `\w+fold`: unbounded, it rescanned a long run of digits or letters from
// every position (a 200,000-digit Result took a minute); no real "-fold" word is longer.
const NUMBER_WORDS =
  /(?<![\p{L}-])(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halved|doubled?|doubling|tripled?|tripling|quadrupled?|twice|thrice|\w{1,20}fold|percent|per cent)(?![\p{L}])/giu;

// An acronym before a bare number names a standard or a version ("WCAG 2.1", "HTTP 2", "SOC 2"); a
// currency or a metric measures ("GBP 40,000", "NPS 62").
const ACRONYM_BEFORE = /(?<![\p{L}\d])(\p{Lu}{2,6})\s$/u;
const MEASURING_ACRONYMS = /^(?:GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|CNY|INR|SGD|HKD|SEK|NOK|DKK|ZAR|AED|NPS|CSAT|ARR|MRR|EBITDA|GMV|AOV|CAC|LTV|ROI|FTE|FTES|KPI|SLA|MTTR|MTBF|DAU|MAU|WAU|OEE|OTIF)$/;

function standardName(before: string, figure: string): boolean {
  const acronym = ACRONYM_BEFORE.exec(before)?.[1];
  return acronym !== undefined && !MEASURING_ACRONYMS.test(acronym) && /^\d[\d.]*$/.test(figure.replace(/[.,]+$/, ''));
}

// Fractions, changes of frequency and spelled gaps measure too: "fell by a third", "two fifths",
// "from weekly to daily", "a full shift earlier".
const SPELLED_MEASURE =
  /\b(?:(?:(?<=(?:by|to|than|about|nearly|almost|over|under|roughly|around|some|just|only)\s+)(?:a|one)\s+(?:third|quarter|fifth|sixth|eighth|tenth))|(?:a|one)\s+(?:third|quarter|fifth|sixth|eighth|tenth)\s+of(?!\s+(?:the\s+)?way)|(?:two|three|four|five|six|seven|eight|nine)\s+(?:thirds|quarters|fifths|sixths|eighths|tenths)|from\s+(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annual|annually|yearly|biannual|seasonal)\s+to\s+(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annual|annually|yearly|real[- ]time|same[- ]day|next[- ]day)|(?:a|an|one)\s+(?:full\s+|whole\s+)?(?:hour|day|week|shift|month|fortnight|year|sprint|quarter|weekend)\s+(?:earlier|sooner|faster|quicker|shorter|ahead|early))\b/gi;

export interface FigureMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function findFigures(text: string): FigureMatch[] {
  const figures: FigureMatch[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match; match = DIGITS.exec(text)) {
    const raw = match[0].replace(/[.,]+$/, '');
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (YEAR_OR_QUARTER.test(raw) || /[Qq]$/.test(before) || NAME_BEFORE.test(before) || standardName(before, match[0])) continue;
    figures.push({ start: match.index, end: match.index + raw.length, text: raw });
  }
  NUMBER_WORDS.lastIndex = 0;
  for (let match = NUMBER_WORDS.exec(text); match; match = NUMBER_WORDS.exec(text)) {
    figures.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  SPELLED_MEASURE.lastIndex = 0;
  for (let match = SPELLED_MEASURE.exec(text); match; match = SPELLED_MEASURE.exec(text)) {
    figures.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  SPELLED_DURATION.lastIndex = 0;
  for (let match = SPELLED_DURATION.exec(text); match; match = SPELLED_DURATION.exec(text)) {
    figures.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return figures.sort((a, b) => a.start - b.start);
}

export function hasFigure(text: string): boolean {
  return findFigures(text).length > 0;
}
