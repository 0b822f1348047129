// The `.role` language as contributed: id, extension, grammar and language configuration, and the
// grammar's patterns on the lines a pasted job description is made of. (Oniguruma's inline `(?i)`
// becomes JavaScript's `i` flag; the patterns use nothing else JavaScript lacks.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';

interface Pattern {
  readonly match?: string;
  readonly begin?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const grammar = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'syntaxes', 'role.tmLanguage.json'), 'utf8'));

function regex(name: string): RegExp {
  const pattern: Pattern = grammar.repository[name];
  const source = pattern.match ?? pattern.begin ?? '';
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'iu') : new RegExp(source, 'u');
}

/** The first top-level pattern that takes the line, as TextMate tries them in order. */
function firstRule(line: string): string | undefined {
  const names = (grammar.patterns as { include: string }[]).map((pattern) => pattern.include.slice(1));
  return names.find((name) => name !== 'inline' && name !== 'comment' && regex(name).test(line));
}

describe('the .role language', () => {
  it('is contributed with its extension, grammar, configuration and activation', () => {
    const language = manifest.contributes.languages.find((candidate: { id: string }) => candidate.id === 'role');
    assert.ok(language, 'a role language');
    assert.deepEqual(language.extensions, ['.role']);
    assert.ok(fs.existsSync(path.join(REPO_ROOT, language.configuration)), 'its language configuration exists');
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, language.configuration), 'utf8'));
    const contributed = manifest.contributes.grammars.find((candidate: { language: string }) => candidate.language === 'role');
    assert.equal(contributed.scopeName, grammar.scopeName);
    assert.equal(path.normalize(contributed.path), path.normalize('./syntaxes/role.tmLanguage.json'));
    assert.ok(manifest.activationEvents.includes('onLanguage:role'));
  });

  it('tells the title, headings, metadata and bullets of a pasted job description apart', () => {
    const lines: Record<string, string | undefined> = {
      '# VP Operations': 'title',
      '## What you will do': 'heading',
      '### Nice to have': 'heading',
      'Company: Northwind Logistics': 'metadata',
      'interview: 2026-12-04': 'metadata',
      'Competencies: strategy, business': 'metadata',
      '- Own a P&L of $40M or more': 'bullet',
      '* Build and lead a team of 200': 'bullet',
      '• Partner with finance on pricing': 'bullet',
      '3. Ten years in operations': 'bullet',
      'We are a fast-growing logistics company.': undefined,
      '#hashtag is not a heading': undefined,
      'Salary: competitive': undefined,
    };
    for (const [line, expected] of Object.entries(lines)) assert.equal(firstRule(line), expected, line);
  });

  it('marks figures inside a requirement', () => {
    const figures = grammar.repository.inline.patterns.find((pattern: { name: string }) => pattern.name === 'constant.numeric.figure.role');
    const found = 'Own a P&L of $40M, grow margin 12% with 10+ years of experience'.match(new RegExp(figures.match, 'gu'));
    assert.deepEqual(found, ['$40M', '12%', '10+ years']);
  });
});
