import { createRequire } from 'node:module';
import { run } from './main.js';

/** Standard input as bytes (main.ts decodes them like a file), stopping one byte past `limit`. */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) break;
  }
  return Buffer.concat(chunks);
}

// A reader that stops early (`proposal-lint … | head`) closes the pipe: stop quietly, as a
// shell tool does, instead of printing the write error's stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
}

const color = !!process.stdout.isTTY && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
// `proposal-lint --stdio` is the language server (the bundle dist/lsp.cjs, also the `proposal-lint-ls` bin).
if (process.argv.slice(2).includes('--stdio')) createRequire(import.meta.url)('./lsp.cjs');
else run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  cwd: process.cwd(),
  color,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
