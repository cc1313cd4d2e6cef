/**
 * The team-vocabulary quick fix's edit of .proposallintrc.json, with no `vscode` import
 * (unit-tested in test/vscode-teach.test.ts): a literal phrase appended to
 * `lexicon.<concept>.<lang>`, or a refusal that leaves a malformed file as it is.
 */
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A new config file's text. */
export const NEW_CONFIG = '{\n  "extends": "recommended"\n}\n';

export type TeachPlan =
  | { kind: 'write'; text: string }
  /** The phrase is in the list already. */
  | { kind: 'present' }
  /** The file does not parse (1-based line and column of the first error). */
  | { kind: 'unparsable'; line: number; column: number; error: string }
  /** `at` (e.g. "lexicon.addon") is not an object, or (the list) not an array of strings. */
  | { kind: 'malformed'; at: string; expected: 'object' | 'list of strings' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function planTeach(existing: string | undefined, concept: string, lang: string, phrase: string): TeachPlan {
  const text = existing ?? NEW_CONFIG;
  const errors: ParseError[] = [];
  const root: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const { offset, error } = errors[0]!;
    const before = text.slice(0, offset).split('\n');
    return { kind: 'unparsable', line: before.length, column: before.at(-1)!.length + 1, error: printParseErrorCode(error) };
  }
  if (!isObject(root)) return { kind: 'malformed', at: '(the file)', expected: 'object' };
  const lexicon = root.lexicon;
  if (lexicon !== undefined && !isObject(lexicon)) return { kind: 'malformed', at: 'lexicon', expected: 'object' };
  const entry = lexicon?.[concept];
  if (entry !== undefined && !isObject(entry)) return { kind: 'malformed', at: `lexicon.${concept}`, expected: 'object' };
  const list = entry?.[lang];
  if (list !== undefined && !(Array.isArray(list) && list.every((x) => typeof x === 'string'))) {
    return { kind: 'malformed', at: `lexicon.${concept}.${lang}`, expected: 'list of strings' };
  }
  const current = (list ?? []) as string[];
  if (current.includes(phrase)) return { kind: 'present' };
  const edits = modify(text, ['lexicon', concept, lang], [...current, phrase], { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  return { kind: 'write', text: applyEdits(text, edits) };
}

/** Whether `path` is `root` or inside it (both absolute, `/`-separated). */
export function isInside(path: string, root: string): boolean {
  const r = root.endsWith('/') ? root : `${root}/`;
  return path === root || path.startsWith(r);
}
