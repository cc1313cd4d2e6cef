// The workspace both end-to-end routes open: the examples, the fixtures, a README and a
// plain notes file (neither of which is a proposal).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh workspace: the examples, the fixtures, a README and a plain notes file. */
export function makeWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'fixtures'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'examples'))) if (f !== 'README.md') fs.copyFileSync(path.join(ROOT, 'examples', f), path.join(dir, f));
  for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures', f), path.join(dir, 'fixtures', f));
  fs.writeFileSync(path.join(dir, 'README.md'), '# Team notes\n\nThe cheapest supplier won. The lowest we can go is $38,000 was their line, not ours.\n');
  // A large proposal (over the worker threshold): the strong example's sections many times, one leak at the end.
  const strong = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
  const body = strong.slice(strong.indexOf('\n## ') + 1);
  let large = strong;
  while (large.length < 400_000) large += `\n${body}`;
  fs.writeFileSync(path.join(dir, 'large-proposal.md'), `${large}\n## Closing\n\nThe lowest we can go is $38,000.\n`);
  fs.writeFileSync(path.join(dir, 'notes/meeting.md'), '# Meeting\n\nThey asked whether we will match any quote.\n');
}

