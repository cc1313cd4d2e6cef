import { run } from './main.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const color = !!process.stdout.isTTY && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  cwd: process.cwd(),
  color,
}).then((code) => {
  process.exitCode = code;
});
