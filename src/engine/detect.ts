import picomatch from 'picomatch/posix.js';

/** Default paths that mark a Markdown file as a proposal. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*proposal*.md', '**/proposals/**/*.md', '**/*提案*.md', '**/*見積*.md'];

export interface DetectOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

/** The front-matter verdict: true / false when the document says so, else undefined. */
export function declaredProposal(data: Record<string, unknown> | undefined): boolean | undefined {
  if (!data) return undefined;
  const flag = data['proposal'];
  if (flag === false || flag === 'false' || flag === 'no') return false;
  if (flag === true || flag === 'true' || flag === 'yes') return true;
  const type = data['type'];
  if (typeof type === 'string' && type.trim().toLowerCase() === 'proposal') return true;
  return undefined;
}

/** The names Export Client Copy suggests: `p.client.md`. */
export const CLIENT_COPY = /\.client\.(?:md|markdown)$/i;

const cache = new Map<string, (path: string) => boolean>();
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let m = cache.get(key);
  if (!m) {
    m = globs.length ? picomatch(globs as string[], { dot: true, nocase: true }) : () => false;
    cache.set(key, m);
  }
  return m;
}

/**
 * Whether a Markdown file is a proposal: front matter `proposal: true` / `type: proposal`,
 * or a path matching `include`; never when excluded or marked `proposal: false`.
 * `path` is relative to the workspace or repository root, with forward slashes.
 */
export function isProposal(path: string, frontMatter: Record<string, unknown> | undefined, options: DetectOptions = {}): boolean {
  const declared = declaredProposal(frontMatter);
  if (declared === false) return false;
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (matcher(options.exclude ?? [])(normalized)) return false;
  // A client copy (`proposal-lint export` names it *.client.md) is what the client reads: not a proposal to coach.
  if (CLIENT_COPY.test(normalized) && declared !== true) return false;
  if (declared === true) return true;
  return matcher(options.include ?? DEFAULT_INCLUDE)(normalized);
}
