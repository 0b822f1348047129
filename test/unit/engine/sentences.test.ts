import * as assert from 'node:assert/strict';
import { parseStoryDocument } from '../../../server/src/engine/parse/parser';
import { buildProse } from '../../../server/src/engine/text/prose';

const sentences = (text: string) => buildProse(parseStoryDocument(text)).sentences.map((sentence) => sentence.text.replace(/\s+/g, ' ').trim());

describe('prose and sentences', () => {
  it('splits on terminal punctuation but not after abbreviations or inside numbers', () => {
    assert.deepEqual(sentences('S: We grew 2.4x, e.g. in the U.S. market. Then we stopped! Why? Because.\n'), [
      'We grew 2.4x, e.g. in the U.S. market.',
      'Then we stopped!',
      'Why?',
      'Because.',
    ]);
  });

  it('joins wrapped lines and splits one-fact-per-line notes', () => {
    assert.deepEqual(sentences('## Action\nI cut the scope to the four flows that carried\nmost of the volume, and paired each squad with\nMerchant engineers.\n'), [
      'I cut the scope to the four flows that carried most of the volume, and paired each squad with Merchant engineers.',
    ]);
    assert.deepEqual(sentences('Result:\nReduced tickets by 40%\nEliminated manual work\n'), ['Reduced tickets by 40%', 'Eliminated manual work']);
  });

  it('treats bullets and blank lines as boundaries and blanks markup', () => {
    assert.deepEqual(sentences('## Action\n- I **led** the `rollout`\n- We _tested_ it\n\nthen shipped\n'), ['I led the rollout', 'We tested it', 'then shipped']);
  });

  it('leaves out metadata, headings, Notes and comments, keeping offsets', () => {
    const text = '# T\nKind: achievement\n## Situation\nA <!-- hidden --> b.\n## Notes\nNot spoken.\n';
    const prose = buildProse(parseStoryDocument(text));
    assert.equal(prose.masked.length, text.length);
    assert.deepEqual(prose.sentences.map((sentence) => sentence.text.replace(/\s+/g, ' ')), ['A b.']);
    const [sentence] = prose.sentences;
    assert.equal(text.slice(sentence.start, sentence.start + 1), 'A');
    assert.equal(sentence.section, 'situation');
  });

  it('reads an intro and unknown sections as spoken text', () => {
    const prose = buildProse(parseStoryDocument('# T\nThe hook.\n## Follow-up\nMore text.\n'));
    assert.deepEqual(prose.sentences.map((sentence) => sentence.section), ['intro', 'unknown']);
  });
});
