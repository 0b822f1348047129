import * as assert from 'node:assert/strict';
import { findPhrases } from '../../../server/src/engine/text/phrases';
import { didYouMean, editDistance } from '../../../server/src/engine/text/similarity';

describe('phrase matching', () => {
  it('matches whole words case-insensitively, across any whitespace, with either apostrophe', () => {
    const matches = findPhrases("It wasn’t my fault.\nKIND  of slow, kindof fine", ["wasn't my fault", 'kind of']);
    assert.deepEqual(matches.map((match) => match.text), ['wasn’t my fault', 'KIND  of']);
  });

  it('treats user phrases literally: regex metacharacters match themselves', () => {
    assert.deepEqual(findPhrases('a (a+)+$ b .* c', ['(a+)+$', '.*']).map((match) => match.text), ['(a+)+$', '.*']);
    assert.deepEqual(findPhrases('aaaa', ['.*']), []);
  });

  it('suggests the one close name, and nothing when none or two are close', () => {
    assert.equal(editDistance('reslt', 'result'), 1);
    assert.equal(didYouMean('Reslt', ['Result', 'Situation']), 'Result');
    assert.equal(didYouMean('Background music', ['Background']), null);
    assert.equal(didYouMean('ab', ['a']), null);
  });
});
