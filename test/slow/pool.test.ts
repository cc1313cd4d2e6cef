/**
 * The slower half of test/cli-pool-cache.test.ts: the worker pool (--concurrency) gives the
 * same output, stderr and exit code as one thread in every format, and the same baseline.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli } from '../helpers.js';
import { cleanUp, repository } from '../repository.js';

describe('CLI over a repository: worker pool (slow)', function () {
  this.timeout(60_000);
  afterEach(cleanUp);

  it('the pool gives the same output, messages and exit code as one thread in every format', async () => {
    const dir = repository();
    for (const format of ['stylish', 'rdjson', 'gitlab', 'sarif', 'github', 'junit', 'unix']) {
      const one = await cli(['--format', format, '--concurrency', 'off'], { cwd: dir });
      assert.equal(one.code, 1);
      assert.deepEqual(await cli(['--format', format, '--concurrency', '3'], { cwd: dir }), one, format);
    }
  });

  it('the pool writes the same baseline, and a binary file named explicitly is still exit 2', async () => {
    const dir = repository();
    await cli(['--write-baseline', 'one.json', '--concurrency', 'off'], { cwd: dir });
    await cli(['--write-baseline', 'pool.json', '--concurrency', '2'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'pool.json'), 'utf8'), fs.readFileSync(path.join(dir, 'one.json'), 'utf8'));
    const named = await cli(['--concurrency', '2', 'proposals/binary.md', 'proposals', '--format', 'unix'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.equal(named.stderr.split('\n')[0], 'proposals/binary.md: binary file (a NUL byte in the first 8 KB), not Markdown');
  });

});
