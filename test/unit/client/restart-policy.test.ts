import * as assert from 'node:assert/strict';
import { CrashRestartPolicy } from '../../../client/src/restart-policy';

describe('client: crash restart policy', () => {
  it('restarts a crashed server up to four times in three minutes, then stops', () => {
    const policy = new CrashRestartPolicy();
    const start = 1_000_000;
    const decisions = [0, 1, 2, 3, 4].map((i) => policy.recordCrash(start + i * 1000));
    assert.deepEqual(decisions, [true, true, true, true, false]);
    assert.equal(policy.recentCrashes, 5);
  });

  it('forgets crashes older than three minutes, and a deliberate restart starts afresh', () => {
    const policy = new CrashRestartPolicy();
    for (let i = 0; i < 4; i++) policy.recordCrash(i);
    assert.equal(policy.recordCrash(3 * 60 * 1000 + 10), true, 'the early crashes have aged out');
    for (let i = 0; i < 5; i++) policy.recordCrash(200_000 + i);
    policy.reset();
    assert.equal(policy.recordCrash(200_010), true);
  });
});
