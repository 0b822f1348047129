import * as assert from 'node:assert/strict';
import { buildCueCards } from '../../../../server/src/engine/practice/cue-card';
import { parseStoryDocument } from '../../../../server/src/engine/parse/parser';
import { rehearsedDates, rehearsedEdit } from '../../../../server/src/engine/practice/rehearsed-edit';
import { applyEdit } from './support';

const STORY = `# Warehouse pick rate rescue
Kind: achievement
Target: 2m

Our busiest depot was shipping late every Friday.

## Situation
In spring 2022 the **north depot** missed 31% of its Friday cut-offs and two retail clients had complained in writing.

## Task
I was asked to fix the pick rate before the summer peak.

## Action
I timed every pick path for a week, moved the 200 fastest-selling items next to the packing benches and changed the shift start by 45 minutes.
I also trained six pickers as floor leads.

## Result
Missed cut-offs fell to 4% within eight weeks and both clients extended their contracts for $1.2M a year.

## Notes
Ask about the union conversation.
`;

const FAILURE = `# The launch I called too early
Kind: failure

S: We launched a pricing page to 40,000 customers without a pilot.
A: I pushed the launch date to meet a quarter-end goal.
R: Refund requests tripled in a week.
L: I learned to run a two-week pilot before any pricing change. Since then every launch has had one.
`;

describe('practice: cue card', () => {
  const [card] = buildCueCards(STORY);

  it('opens with the hook and gives one anchor per part, in speaking order', () => {
    assert.equal(card.title, 'Warehouse pick rate rescue');
    assert.equal(card.opening, 'Our busiest depot was shipping late every Friday.');
    assert.deepEqual(
      card.anchors.map((anchor) => [anchor.key, anchor.label]),
      [
        ['intro', 'Opening'],
        ['situation', 'Situation'],
        ['task', 'Task'],
        ['action', 'Action'],
        ['result', 'Result'],
      ],
    );
    assert.equal(card.targetSeconds, 120);
    assert.equal(card.lesson, null);
  });

  it('anchors are first words and key figures, not the script; the full text is there for a reveal', () => {
    const situation = card.anchors[1];
    assert.equal(situation.firstWords, 'In spring 2022 the north depot missed…');
    assert.deepEqual(situation.figures, ['31%', 'two']);
    assert.deepEqual(card.anchors[3].figures, ['200', '45 minutes', 'six']);
    assert.deepEqual(card.anchors[4].figures, ['4%', '$1.2M', 'eight weeks']);
    assert.ok(situation.text.startsWith('In spring 2022 the north depot missed 31%'), situation.text);
    assert.ok(!situation.text.includes('**'), 'markup is not spoken');
    assert.ok(!card.anchors.some((anchor) => anchor.text.includes('union')), 'notes are not spoken');
    assert.equal(card.words, card.anchors.reduce((sum, anchor) => sum + anchor.words, 0));
    assert.ok(card.anchors.every((anchor) => anchor.seconds > 0));
  });

  it('a failure story carries its lesson; label lines work like headings', () => {
    const [failure] = buildCueCards(FAILURE);
    assert.deepEqual(failure.anchors.map((anchor) => anchor.key), ['situation', 'action', 'result', 'lessons']);
    assert.equal(failure.lesson, 'I learned to run a two-week pilot before any pricing change.');
    assert.equal(failure.opening, 'We launched a pricing page to 40,000 customers without a pilot.');
  });

  it('a combined Situation & Task heading is one part counted as both', () => {
    const [combined] = buildCueCards('# X\n## Situation & Task\nWe were late by 3 weeks.\n## Action\nI cut scope.\n## Result\nShipped 2 days early.\n');
    assert.deepEqual(combined.anchors[0].kinds, ['situation', 'task']);
    assert.equal(combined.anchors[0].label, 'Situation & Task');
    assert.equal(combined.anchors[0].key, 'situation');
  });

  it('a freeform story is one part; an empty story has none', () => {
    const [freeform] = buildCueCards('I rebuilt the billing system in 6 weeks.', { fileName: 'billing.story' });
    assert.equal(freeform.title, 'billing');
    assert.deepEqual(freeform.anchors.map((anchor) => anchor.key), ['intro']);
    const [empty] = buildCueCards('# Empty\n');
    assert.deepEqual(empty.anchors, []);
    assert.equal(empty.opening, '');
  });
});

describe('practice: the Rehearsed: edit', () => {
  const add = (text: string, date: string, story = 0) => {
    const edit = rehearsedEdit(text, story, date);
    return edit ? applyEdit(text, edit) : null;
  };
  const datesOf = (text: string, story = 0) => rehearsedDates(parseStoryDocument(text).stories[story]);

  it('creates the line after the other metadata when absent', () => {
    const after = add(STORY, '2026-11-29');
    assert.ok(after);
    assert.ok(after.startsWith('# Warehouse pick rate rescue\nKind: achievement\nTarget: 2m\nRehearsed: 2026-11-29\n\nOur busiest'), after.slice(0, 120));
    assert.deepEqual(datesOf(after), ['2026-11-29']);
  });

  it('adds to an existing line, keeping what is there, and never twice for one day', () => {
    const text = '# A\nRehearsed: 2026-11-01, 2026-11-10\nKind: failure\r\n\r\nBody.\r\n';
    const after = add(text, '2026-11-29');
    assert.equal(after, '# A\nRehearsed: 2026-11-01, 2026-11-10, 2026-11-29\nKind: failure\r\n\r\nBody.\r\n');
    assert.equal(add(after ?? '', '2026-11-29'), null);
    assert.equal(add('# A\nRehearsed:\nBody.\n', '2026-11-29'), '# A\nRehearsed: 2026-11-29\nBody.\n');
  });

  it('goes under the title when there is no metadata, in the file\'s line endings, in the right story', () => {
    const text = '# One\r\nFirst story.\r\n# Two\r\nSecond story.';
    const after = add(text, '2026-11-29', 1);
    assert.equal(after, '# One\r\nFirst story.\r\n# Two\r\nRehearsed: 2026-11-29\r\nSecond story.');
    assert.deepEqual(datesOf(after ?? '', 1), ['2026-11-29']);
    assert.deepEqual(datesOf(after ?? '', 0), []);
  });

  it('a file without a title gets the line first (after a BOM)', () => {
    const after = add('\uFEFFS: Late.\nA: I fixed it.\n', '2026-11-29');
    assert.equal(after, '\uFEFFRehearsed: 2026-11-29\nS: Late.\nA: I fixed it.\n');
    assert.deepEqual(datesOf(after ?? ''), ['2026-11-29']);
  });
});
