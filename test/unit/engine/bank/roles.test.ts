import * as assert from 'node:assert/strict';
import { parseRole } from '../../../../server/src/engine';

const ROLE = [
  '# Head of Customer Support',
  'Company: Brightline',
  'Level: Director',
  'Interview: 2027-01-15',
  'Competencies: customer focus, leadership, Stakeholder management, kindness',
  '',
  'Brightline makes accounting software for small firms. We are a B-Corp with offices in Leeds and Lisbon.',
  '',
  '**What you will do**',
  '- Run a support team of 60 across two time zones',
  '* Cut first-response time on chat while keeping satisfaction above 90%',
  '  without adding headcount',
  '1. Work with product to fix the causes of the top ten contact reasons',
  '',
  'Who you are:',
  'You have led support teams through rapid growth. You can explain a complex fix to an upset customer, e.g. a failed payroll run.',
  '',
  '## Benefits',
  '- 28 days of holiday',
  '- A learning budget of £1,500 a year',
  '',
  '## About you',
  'Brightline is an equal opportunity employer. To apply, send your CV to jobs@brightline.example.',
].join('\r\n');

describe('role parser', () => {
  const role = parseRole(ROLE, 'support.role');

  it('reads the title and metadata, normalising competencies and keeping unknown ones apart', () => {
    assert.equal(role.title, 'Head of Customer Support');
    assert.equal(role.company, 'Brightline');
    assert.equal(role.level, 'Director');
    assert.equal(role.interview, '2027-01-15');
    assert.deepEqual(role.competencies, ['customer', 'leadership', 'influence']);
    assert.deepEqual(role.customCompetencies, ['kindness']);
  });

  it('takes bullets (with continuation lines) and paragraph sentences as requirements, under their headings', () => {
    assert.deepEqual(
      role.requirements.map((requirement) => [requirement.line, requirement.text, requirement.heading]),
      [
        [10, 'Run a support team of 60 across two time zones', 'What you will do'],
        [11, 'Cut first-response time on chat while keeping satisfaction above 90% without adding headcount', 'What you will do'],
        [13, 'Work with product to fix the causes of the top ten contact reasons', 'What you will do'],
        [16, 'You have led support teams through rapid growth.', 'Who you are'],
        [16, 'You can explain a complex fix to an upset customer, e.g. a failed payroll run.', 'Who you are'],
      ],
    );
  });

  it('leaves boilerplate out: about the company, benefits, equal opportunity, how to apply', () => {
    assert.deepEqual(role.boilerplateLines, [7, 19, 20, 23]);
  });

  it('gives each requirement its exact place in the text (offsets and 1-based columns)', () => {
    for (const requirement of role.requirements) {
      assert.ok(ROLE.slice(requirement.start, requirement.end).replace(/\s+/g, ' ').startsWith(requirement.text.slice(0, 20)), requirement.text);
      const lineStart = ROLE.split(/\r\n/).slice(0, requirement.line - 1).join('\r\n').length + (requirement.line > 1 ? 2 : 0);
      assert.equal(requirement.start, lineStart + requirement.column - 1);
    }
    const wrapped = role.requirements[1];
    assert.deepEqual([wrapped.line, wrapped.endLine, wrapped.column, wrapped.endColumn], [11, 12, 3, 27]);
  });

  it('names a role without a title after its file, and never throws on odd input', () => {
    assert.equal(parseRole('- Own the budget', 'cfo.role').title, 'cfo');
    for (const text of ['', '\uFEFF', '#', '# \n\n\n', '- ', '\u0000\u0001 binary', 'x'.repeat(100000), '# T\nInterview: soon\n- a']) {
      const parsed = parseRole(text, 'odd.role');
      assert.equal(typeof parsed.title, 'string');
    }
    assert.equal(parseRole('# T\nInterview: soon\n- Do things', 'x.role').interview, null);
  });
});
