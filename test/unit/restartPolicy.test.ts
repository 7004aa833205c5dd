/** The client's answer to a crashed language server: restart, say so once, give up after a crash loop. */
import * as assert from 'assert';
import { RestartPolicy } from '../../client/src/restartPolicy';

describe('RestartPolicy', () => {
  it('restarts every crash but tells the user only once', () => {
    const p = new RestartPolicy(5, 180_000);
    const first = p.onCrash(0);
    assert.strictEqual(first.restart, true);
    assert.match(first.message!, /restarted/);
    const later = [p.onCrash(100_000), p.onCrash(400_000), p.onCrash(700_000)];
    assert.ok(later.every(v => v.restart && v.message === undefined));
  });

  it('stops restarting after 5 crashes within 3 minutes, and says so', () => {
    const p = new RestartPolicy(5, 180_000);
    const verdicts = [0, 1000, 2000, 3000, 4000].map(t => p.onCrash(t));
    assert.deepStrictEqual(verdicts.slice(0, 4).map(v => v.restart), [true, true, true, true]);
    assert.strictEqual(verdicts[4].restart, false);
    assert.match(verdicts[4].message!, /not restarted/);
    p.reset();
    assert.strictEqual(p.onCrash(5000).restart, true);
  });
});
