import * as assert from 'node:assert/strict';
import { findFigures, hasFigure } from '../../../server/src/engine/text/figures';

describe('figures', () => {
  const figures = (text: string) => findFigures(text).map((figure) => figure.text);

  it('finds numbers, percentages, money with scale, multiples and spelled numbers', () => {
    assert.deepEqual(figures('Revenue rose 12% to $4.1M, costs fell €900K, latency 3x lower'), ['12%', '$4.1M', '€900K', '3x']);
    assert.deepEqual(figures('we doubled sign-ups and halved churn in eleven weeks'), ['doubled', 'halved', 'eleven']);
    assert.ok(hasFigure('twice as fast'));
    assert.ok(hasFigure('a tenfold increase'));
    assert.ok(hasFigure('zero downtime'));
  });

  it('counts spelled durations and ignores the "a" of "a year" alone', () => {
    assert.ok(hasFigure('Delivered within a week.'));
    assert.ok(!hasFigure('It took a year of work and a lot of patience.'));
  });

  it('does not count years, quarters, names or digits glued to letters', () => {
    assert.ok(!hasFigure('Launched in Q3 2024 for a Fortune 500 client on EC2 and S3.'));
    assert.ok(!hasFigure('In 2019 we moved to Python 3.'));
  });

  it('counts fractions, changes of frequency and spelled gaps', () => {
    assert.deepEqual(figures('Returns fell by a third.'), ['a third']);
    assert.ok(hasFigure('A quarter of our calls moved online.'));
    assert.ok(!hasFigure('I brought in a third party to audit the books.'));
    assert.ok(hasFigure('Payroll runs went from monthly to weekly.'));
    assert.ok(hasFigure('The van now leaves a full hour earlier.'));
    assert.ok(!hasFigure('A quarter of the way through the project, I changed the plan.'));
  });

  it('reads an acronym before a bare number as a standard, unless it is a currency or a metric', () => {
    assert.ok(!hasFigure('The site now meets WCAG 2.1 AA and serves pages over HTTP 2.'));
    assert.ok(hasFigure('Our NPS 62 was the best in the group.'));
    assert.ok(hasFigure('The grant was GBP 40,000.'));
    assert.ok(hasFigure('The audit found 14 WCAG failures.'));
  });
});
