// `npm run eval -- DIR [--out FILE]`: lints a folder of stories (any extension: .story, .txt, .md)
// and prints, per rule, how many findings and in how many stories; every finding is written with its
// sentence to a report file to read through. For judging precision on real writing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, RULES } from '../server/src/engine';
import { positionOf } from '../server/src/engine/parse/lines';

interface Tally {
  findings: number;
  files: Set<string>;
}

function main(argv: string[]): number {
  const dir = argv.find((arg) => !arg.startsWith('--'));
  const outIndex = argv.indexOf('--out');
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error('usage: npm run eval -- DIR [--out FILE]');
    return 2;
  }
  const out = outIndex >= 0 ? argv[outIndex + 1] : path.join('eval-results', `${path.basename(path.resolve(dir))}.md`);
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.(story|txt|md)$/i.test(name) && !/^(README|SOURCES|LICENSE)/i.test(name))
    .sort();
  const tallies = new Map<string, Tally>(RULES.map((rule) => [rule.id, { findings: 0, files: new Set<string>() }]));
  const report: string[] = [`# Story Coach evaluation: ${dir}`, '', `${files.length} files.`, ''];
  let words = 0;
  for (const name of files) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const result = lint(text, { fileName: name });
    words += result.stories.reduce((sum, story) => sum + story.words, 0);
    report.push(`## ${name}`, '');
    const sections = result.stories.map((story) => `${story.kind}: ${story.sections.join(', ') || 'freeform'}, ${story.words} words`);
    report.push(`_${sections.join(' | ')}_`, '');
    for (const finding of result.findings) {
      const tally = tallies.get(finding.rule) ?? { findings: 0, files: new Set<string>() };
      tally.findings++;
      tally.files.add(name);
      tallies.set(finding.rule, tally);
      const sentence = result.prose.sentences.find((candidate) => candidate.start <= finding.span.start && finding.span.start < candidate.end);
      const at = positionOf(result.document.lines, finding.span.start);
      const quoted = text.slice(finding.span.start, finding.span.end).replace(/\s+/g, ' ');
      report.push(`- **${finding.rule}** (${finding.severity}) ${at.line + 1}:${at.character + 1} «${quoted}» — ${finding.message}`);
      if (sentence) report.push(`  > ${sentence.text.replace(/\s+/g, ' ').trim()}`);
    }
    report.push('');
  }
  const rows = [...tallies.entries()].map(([rule, tally]) => `| ${rule} | ${tally.findings} | ${tally.files.size} |`);
  const table = ['| rule | findings | stories |', '|---|---|---|', ...rows].join('\n');
  report.splice(3, 0, table, '');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report.join('\n'));
  console.log(`${files.length} files, ${words} spoken words\n`);
  console.log(table);
  console.log(`\nEvery finding with its sentence: ${out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
