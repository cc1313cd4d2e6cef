import assert from 'node:assert/strict';
import { normalisePath, sameResource, type ResourceLike } from '../src/vscode/paths.js';

const file = (fsPath: string, path = fsPath.replace(/\\/g, '/')): ResourceLike => ({ scheme: 'file', authority: '', path, fsPath, toString: () => `file://${path}` });
const remote = (path: string, authority = 'host'): ResourceLike => ({ scheme: 'vscode-remote', authority, path, toString: () => `vscode-remote://${authority}${path}` });

describe('export target: never the proposal itself (no VS Code)', () => {
  it('normalises paths: separators, dot segments, doubled slashes, trailing slash, drive letter', () => {
    assert.equal(normalisePath('/work/./proposals//a.md'), '/work/proposals/a.md');
    assert.equal(normalisePath('/work/out/../proposals/a.md/'), '/work/proposals/a.md');
    assert.equal(normalisePath('C:\\Work\\proposals\\a.md'), 'c:/Work/proposals/a.md');
  });

  it('the same URI, or the same file path after normalisation, is the same resource', () => {
    assert.ok(sameResource(file('/work/a-proposal.md'), file('/work/a-proposal.md')));
    assert.ok(sameResource(file('/work/out/../a-proposal.md'), file('/work/a-proposal.md')));
    assert.ok(sameResource(file('c:\\work\\a-proposal.md'), file('C:\\work\\.\\a-proposal.md')));
    assert.ok(sameResource(remote('/w/a.md'), remote('/w//a.md', 'HOST')));
  });

  it('a different file, scheme or host is not', () => {
    assert.ok(!sameResource(file('/work/a-proposal.md'), file('/work/a-proposal.client.md')));
    assert.ok(!sameResource(remote('/w/a.md', 'one'), remote('/w/a.md', 'two')));
    assert.ok(!sameResource(file('/w/a.md'), remote('/w/a.md', '')));
  });

  it('case matters only where the file system says so', () => {
    assert.ok(!sameResource(file('/work/Proposal.md'), file('/work/proposal.md')));
    assert.ok(sameResource(file('/work/Proposal.md'), file('/work/proposal.md'), true));
  });
});
