import * as assert from 'node:assert/strict';
import { parseStoryDocument } from '../../../server/src/engine/parse/parser';
import type { StoryDocument } from '../../../server/src/engine/parse/types';

const slice = (doc: StoryDocument, span: { start: number; end: number } | null) => (span ? doc.text.slice(span.start, span.end) : null);

describe('parser', () => {
  it('reads a titled story with metadata and heading sections', () => {
    const doc = parseStoryDocument(
      '# Payments turnaround\nKind: failure\nRole: VP Engineering\n\nQ: Tell me about a failure.\nTarget: 2m30s\n\n## Situation\nLate.\n## Action\nI cut scope.\n## Result\nLive.\n## Lessons learned\nI learned.\n## Notes\nprivate\n',
    );
    assert.equal(doc.stories.length, 1);
    const [story] = doc.stories;
    assert.equal(story.title, 'Payments turnaround');
    assert.equal(slice(doc, story.titleSpan), 'Payments turnaround');
    assert.equal(story.kind, 'failure');
    assert.deepEqual(story.metadata.map((entry) => [entry.key, entry.value]), [
      ['kind', 'failure'],
      ['role', 'VP Engineering'],
      ['question', 'Tell me about a failure.'],
      ['target', '2m30s'],
    ]);
    assert.equal(story.targetSeconds, 150);
    assert.deepEqual(story.sections.map((section) => [section.role, section.kinds.join('+'), section.form]), [
      ['star', 'situation', 'heading'],
      ['star', 'action', 'heading'],
      ['star', 'result', 'heading'],
      ['star', 'lessons', 'heading'],
      ['notes', '', 'heading'],
    ]);
    assert.equal(slice(doc, story.sections[1].body)?.trim(), 'I cut scope.');
  });

  it('titles a file without a heading after the file name, and reads label lines with every alias', () => {
    const doc = parseStoryDocument('Kind: achievement\nS: one\nChallenge: two\nWhat I did: three\nOutcomes: four\nL: five\n', { fileName: 'dir/pricing.story' });
    const [story] = doc.stories;
    assert.equal(story.title, 'pricing');
    assert.equal(story.titleSpan, null);
    assert.deepEqual(story.sections.map((section) => section.kinds[0]), ['situation', 'task', 'action', 'result', 'lessons']);
    assert.deepEqual(story.sections.map((section) => section.form), ['label', 'label', 'label', 'label', 'label']);
    assert.equal(slice(doc, story.sections[0].body)?.trim(), 'one');
    assert.equal(slice(doc, story.sections[2].nameSpan), 'What I did');
  });

  it('accepts labels in emphasis or after a bullet, and names with trailing punctuation or emphasis', () => {
    const doc = parseStoryDocument('**Situation:** a\n- **Task**: b\n## *Action*.\nc\n### __Result__:\nd\n');
    assert.deepEqual(doc.stories[0].sections.map((section) => section.kinds[0]), ['situation', 'task', 'action', 'result']);
  });

  it('reads combined sections joined by &, and, or /', () => {
    for (const heading of ['Situation & Task', 'Situation and Task', 'Context / Challenge']) {
      const doc = parseStoryDocument(`## ${heading}\ntext\n`);
      assert.deepEqual(doc.stories[0].sections[0].kinds, ['situation', 'task'], heading);
    }
  });

  it('keeps unknown headings as unknown sections and unknown keys as body text', () => {
    const doc = parseStoryDocument('Kind: achievement\nFoo: bar\n## Follow-up\ntext\n');
    const [story] = doc.stories;
    assert.equal(story.metadata.length, 1);
    assert.equal(story.strayMetadata?.rawKey, 'Foo');
    assert.equal(slice(doc, story.intro)?.trim(), 'Foo: bar');
    assert.equal(story.sections[0].role, 'unknown');
    assert.equal(story.sections[0].name, 'Follow-up');
  });

  it('splits several stories at level-1 headings and keeps a preamble', () => {
    const doc = parseStoryDocument('<!-- story-coach-disable-file hedging -->\nMy bank.\n# One\nS: a\n# Two\nKind: failure\nS: b\n');
    assert.deepEqual(doc.stories.map((story) => story.title), ['One', 'Two']);
    assert.deepEqual(doc.stories.map((story) => story.kind), ['achievement', 'failure']);
    assert.equal(slice(doc, doc.preamble)?.includes('My bank.'), true);
    assert.equal(doc.directives[0].kind, 'disable-file');
  });

  it('treats a story with no sections as freeform: the whole body is the intro', () => {
    const doc = parseStoryDocument('# Freeform\nKind: achievement\n\nI led the team and we shipped.\n');
    assert.equal(doc.stories[0].sections.length, 0);
    assert.equal(slice(doc, doc.stories[0].intro)?.trim(), 'I led the team and we shipped.');
  });

  it('keeps a one-line intro between metadata and the first section', () => {
    const doc = parseStoryDocument('# T\nKind: achievement\nThe hook line.\n## Situation\nx\n');
    assert.equal(slice(doc, doc.stories[0].intro)?.trim(), 'The hook line.');
  });

  it('ignores headings and labels inside comments, including multi-line and unterminated ones', () => {
    const doc = parseStoryDocument('# Real\n<!--\n# Not a story\nResult: not a section\n-->\nS: yes\n<!-- open comment\n## Action\n');
    assert.equal(doc.stories.length, 1);
    assert.deepEqual(doc.stories[0].sections.map((section) => section.kinds[0]), ['situation']);
    assert.equal(doc.comments.length, 2);
    assert.equal(doc.comments[1].end, doc.text.length);
  });

  it('reads directives with rule ids separated by spaces or commas', () => {
    const doc = parseStoryDocument('<!-- story-coach-disable hedging, vague-claim boastful -->\n<!-- story-coach-enable -->\n<!-- story-coach-disable-next-line -->\n<!-- story-coach-oops x -->\n<!-- a plain comment -->\n');
    assert.deepEqual(doc.directives.map((directive) => directive.kind), ['disable', 'enable', 'disable-next-line', null]);
    assert.deepEqual(doc.directives[0].rules.map((rule) => rule.id), ['hedging', 'vague-claim', 'boastful']);
    assert.equal(slice(doc, doc.directives[0].rules[1].span), 'vague-claim');
    assert.equal(doc.directives[3].name, 'story-coach-oops');
  });

  it('handles CRLF, CR and mixed line endings with offsets into the original text', () => {
    const text = '# Title\r\nKind: failure\rS: a\nR: done\r\n';
    const doc = parseStoryDocument(text);
    assert.equal(doc.lines.length, 5);
    assert.equal(doc.stories[0].kind, 'failure');
    assert.deepEqual(doc.stories[0].sections.map((section) => slice(doc, section.nameSpan)), ['S', 'R']);
  });

  it('ignores a byte-order mark but keeps offsets into the original text', () => {
    const doc = parseStoryDocument('\uFEFF# Title\nS: a\n');
    assert.equal(doc.stories[0].title, 'Title');
    assert.equal(slice(doc, doc.stories[0].titleSpan), 'Title');
    const bomless = parseStoryDocument('\uFEFFKind: failure\n');
    assert.equal(bomless.stories[0].kind, 'failure');
    assert.equal(bomless.stories[0].metadata[0].keySpan.start, 1);
  });

  it('uses UTF-16 offsets: astral characters count as two', () => {
    const doc = parseStoryDocument('# 🚀 Launch\nS: 🎯 target\n');
    assert.equal(slice(doc, doc.stories[0].titleSpan), '🚀 Launch');
    assert.equal(doc.stories[0].sections[0].nameSpan.start, '# 🚀 Launch\n'.length);
  });

  it('parses Target durations in every form, and rejects nonsense', () => {
    const target = (value: string) => parseStoryDocument(`Target: ${value}\n`).stories[0].targetSeconds;
    assert.equal(target('90s'), 90);
    assert.equal(target('2m'), 120);
    assert.equal(target('2m30s'), 150);
    assert.equal(target('2:30'), 150);
    assert.equal(target('soon'), null);
  });

  it('falls back to achievement for an unknown Kind and lets Title override the heading', () => {
    const doc = parseStoryDocument('# Heading\nTitle: Better title\nType: winner\n');
    assert.equal(doc.stories[0].title, 'Better title');
    assert.equal(doc.stories[0].kind, 'achievement');
  });

  it('never throws on empty, blank or markup-only input', () => {
    for (const text of ['', ' ', '\n\n', '#', '##', '<!--', '-->', ':', 'S:', '# \n## \n', '\uFEFF']) {
      const doc = parseStoryDocument(text);
      assert.equal(doc.text, text);
      assert.ok(doc.stories.length >= 1);
    }
  });
});
