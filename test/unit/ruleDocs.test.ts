import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ruleDocs } from '../../scripts/rule-docs';
import { REPO } from '../helpers/repo';

describe('docs/rules.md', () => {
  it('is up to date with the rule registry (run `npm run docs`)', () => {
    assert.strictEqual(fs.readFileSync(path.join(REPO, 'docs', 'rules.md'), 'utf8'), ruleDocs());
  });
});
