/**
 * The configuration file (.proposallintrc.json, JSON with comments), shared by the CLI
 * and the extension. Reading files is the caller's job (a host), so this runs anywhere.
 * Every problem is one ConfigProblem with the file, line, column and allowed values.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch/posix.js';
import { CONCEPTS, isConcept, type LexiconExtensions } from '../lexicon/index.js';
import { checkRuleOption, type Rule } from './rule.js';
import { SEVERITIES, type Lang, type SeveritySetting } from './types.js';

export const CONFIG_FILE = '.proposallintrc.json';
export const PRESETS = ['recommended', 'strict'] as const;
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface ProposalLintConfig {
  rules?: Record<string, RuleSetting>;
  include?: string[];
  exclude?: string[];
  language?: 'auto' | Lang;
  lexicon?: LexiconExtensions;
  client?: string[];
  overrides?: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  requireReason?: boolean;
}

export class ConfigProblem extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, message: string) {
    super(message);
    this.name = 'ConfigProblem';
  }
  /** "file:line:col: message" */
  toString(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.message}`;
  }
}

/** What the loader needs from the outside world. Paths use forward slashes. */
export interface ConfigHost {
  readFile(path: string): Promise<string | undefined>;
}

const KEYS = ['$schema', 'extends', 'rules', 'include', 'exclude', 'language', 'lexicon', 'client', 'overrides', 'requireReason'];

/** A name from the file, quoted and cut short: a message never echoes a foreign file at length. */
function quote(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

/** Deeper than this, JSON is refused before it is parsed (the parser recurses per level). */
export const MAX_CONFIG_DEPTH = 64;

/** The offset of the first bracket that opens more than `limit` levels, or -1 (strings and comments skipped). */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, column: offset - last };
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

export function joinPath(dir: string, rel: string): string {
  if (rel.startsWith('/')) return normalize(rel);
  return normalize(`${dir}/${rel}`);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/');
}

/** Built-in presets: `recommended` is every rule at its default; `strict` makes every warning an error. */
export function preset(name: (typeof PRESETS)[number], rules: readonly Rule[]): ProposalLintConfig {
  if (name === 'recommended') return { rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.severity])) };
  return { rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.severity === 'info' ? 'warning' : 'error'])) };
}

class Reader {
  constructor(readonly file: string, readonly text: string, readonly rules: readonly Rule[]) {}

  problem(node: Node | undefined, message: string): ConfigProblem {
    const p = position(this.text, node?.offset ?? 0);
    return new ConfigProblem(this.file, p.line, p.column, message);
  }

  parse(): Node {
    const deep = tooDeepAt(this.text, MAX_CONFIG_DEPTH);
    if (deep !== -1) {
      const p = position(this.text, deep);
      throw new ConfigProblem(this.file, p.line, p.column, `invalid configuration: nested more than ${MAX_CONFIG_DEPTH} levels deep`);
    }
    const errors: ParseError[] = [];
    const root = parseTree(this.text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (first) {
      const p = position(this.text, first.offset);
      throw new ConfigProblem(this.file, p.line, p.column, `invalid JSON: ${printParseErrorCode(first.error)}`);
    }
    if (!root || root.type !== 'object') throw this.problem(root, 'the configuration must be a JSON object');
    return root;
  }

  ruleSetting(node: Node, path: string): RuleSetting {
    const ids = this.rules.map((r) => r.meta.id);
    const id = path.split('.').pop()!;
    const rule = this.rules.find((r) => r.meta.id === id);
    if (!rule) throw this.problem(node.parent?.children?.[0] ?? node, `unknown rule ${quote(id)} in ${path.replace(/\.[^.]+$/, '')}; known rules: ${ids.join(', ')}`);
    const severityNode = node.type === 'array' ? node.children?.[0] : node;
    const severity = severityNode?.value;
    if (severityNode?.type !== 'string' || !SEVERITIES.includes(severity)) {
      throw this.problem(severityNode ?? node, `${path}: severity must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`);
    }
    if (node.type !== 'array') return severity as SeveritySetting;
    const optionsNode = node.children?.[1];
    if (!optionsNode) return [severity as SeveritySetting];
    if (optionsNode.type !== 'object') throw this.problem(optionsNode, `${path}: the second element must be an object of options`);
    const options: Record<string, unknown> = {};
    for (const prop of optionsNode.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      const key = String(keyNode?.value);
      const value = valueNode?.value;
      const problem = checkRuleOption(rule, key, value);
      if (problem) throw this.problem(rule.meta.options?.[key] ? valueNode : keyNode, `${path}: ${problem}`);
      options[key] = value;
    }
    return [severity as SeveritySetting, options];
  }

  rulesObject(node: Node, path: string): Record<string, RuleSetting> {
    if (node.type !== 'object') throw this.problem(node, `${path} must be an object of rule ids to severities`);
    const out: Record<string, RuleSetting> = {};
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      out[String(keyNode?.value)] = this.ruleSetting(valueNode!, `${path}.${String(keyNode?.value)}`);
    }
    return out;
  }

  globs(node: Node, path: string): string[] {
    if (node.type !== 'array' || !(node.children ?? []).every((c) => c.type === 'string')) throw this.problem(node, `${path} must be a list of glob strings`);
    return (node.children ?? []).map((c) => c.value as string);
  }

  read(): { config: ProposalLintConfig; extends: Array<{ name: string; node: Node }> } {
    const root = this.parse();
    const config: ProposalLintConfig = {};
    const extendsList: Array<{ name: string; node: Node }> = [];
    for (const prop of root.children ?? []) {
      const [keyNode, value] = prop.children as [Node, Node];
      const key = String(keyNode.value);
      switch (key) {
        case '$schema':
          break;
        case 'extends': {
          const items = value.type === 'array' ? value.children ?? [] : [value];
          for (const item of items) {
            if (item.type !== 'string') throw this.problem(item, `extends must be "recommended", "strict" or a relative path to another config file`);
            extendsList.push({ name: item.value as string, node: item });
          }
          break;
        }
        case 'rules':
          config.rules = this.rulesObject(value, 'rules');
          break;
        case 'include':
        case 'exclude':
          config[key] = this.globs(value, key);
          break;
        case 'language':
          if (!['auto', 'en', 'ja'].includes(value.value)) throw this.problem(value, 'language must be "auto", "en" or "ja"');
          config.language = value.value;
          break;
        case 'requireReason':
          if (typeof value.value !== 'boolean') throw this.problem(value, 'requireReason must be true or false');
          config.requireReason = value.value;
          break;
        case 'client': {
          const names = value.type === 'string' ? [value.value as string] : value.type === 'array' && (value.children ?? []).every((c) => c.type === 'string') ? (value.children ?? []).map((c) => c.value as string) : null;
          if (!names) throw this.problem(value, 'client must be a name or a list of names');
          config.client = names;
          break;
        }
        case 'lexicon': {
          if (value.type !== 'object') throw this.problem(value, `lexicon must be an object of concepts (${CONCEPTS.join(', ')})`);
          const lexicon: LexiconExtensions = {};
          for (const c of value.children ?? []) {
            const [ck, cv] = c.children as [Node, Node];
            const concept = String(ck.value);
            if (!isConcept(concept)) throw this.problem(ck, `lexicon: unknown concept ${quote(concept)}; concepts: ${CONCEPTS.join(', ')}`);
            if (cv.type !== 'object') throw this.problem(cv, `lexicon.${concept} must be an object with "en" and/or "ja" lists of literal phrases`);
            const byLang: Partial<Record<Lang, string[]>> = {};
            for (const l of cv.children ?? []) {
              const [lk, lv] = l.children as [Node, Node];
              const lang = String(lk.value);
              if (lang !== 'en' && lang !== 'ja') throw this.problem(lk, `lexicon.${concept}: language must be "en" or "ja"`);
              if (lv.type !== 'array' || !(lv.children ?? []).every((p) => p.type === 'string' && String(p.value).trim() !== '')) {
                throw this.problem(lv, `lexicon.${concept}.${lang} must be a list of literal phrases (plain text, never patterns)`);
              }
              byLang[lang] = (lv.children ?? []).map((p) => p.value as string);
            }
            lexicon[concept] = byLang;
          }
          config.lexicon = lexicon;
          break;
        }
        case 'overrides': {
          if (value.type !== 'array') throw this.problem(value, 'overrides must be a list of { "files": [globs], "rules": {...} }');
          config.overrides = (value.children ?? []).map((o, i) => {
            if (o.type !== 'object') throw this.problem(o, `overrides[${i}] must be an object with "files" and "rules"`);
            const files = findNodeAtLocation(o, ['files']);
            const rules = findNodeAtLocation(o, ['rules']);
            for (const p of o.children ?? []) {
              const k = String(p.children?.[0]?.value);
              if (k !== 'files' && k !== 'rules') throw this.problem(p.children?.[0], `overrides[${i}]: unknown key ${quote(k)}; allowed: files, rules`);
            }
            if (!files) throw this.problem(o, `overrides[${i}] needs "files"`);
            return { files: this.globs(files, `overrides[${i}].files`), rules: rules ? this.rulesObject(rules, `overrides[${i}].rules`) : {} };
          });
          break;
        }
        default:
          throw this.problem(keyNode, `unknown key ${quote(key)}; allowed: ${KEYS.filter((k) => k !== '$schema').join(', ')}`);
      }
    }
    return { config, extends: extendsList };
  }
}

/** Later settings win; `rules` and `lexicon` merge key by key, lists are replaced. */
export function mergeConfig(base: ProposalLintConfig, over: ProposalLintConfig): ProposalLintConfig {
  const out: ProposalLintConfig = { ...base, ...over };
  if (base.rules || over.rules) out.rules = { ...base.rules, ...over.rules };
  if (base.lexicon || over.lexicon) {
    const lexicon: LexiconExtensions = { ...base.lexicon };
    for (const [c, langs] of Object.entries(over.lexicon ?? {})) {
      const concept = c as keyof LexiconExtensions;
      const merged = { ...lexicon[concept] };
      for (const [l, phrases] of Object.entries(langs ?? {})) merged[l as Lang] = [...(merged[l as Lang] ?? []), ...(phrases ?? [])];
      lexicon[concept] = merged;
    }
    out.lexicon = lexicon;
  }
  if (base.overrides || over.overrides) out.overrides = [...(base.overrides ?? []), ...(over.overrides ?? [])];
  return out;
}

export interface LoadOptions {
  /**
   * Refuses an `extends` target (an absolute, normalised path): returns a short reason, or
   * undefined to allow it. The CLI keeps a discovered config's `extends` inside its repository.
   */
  checkExtends?: (target: string, from: string) => string | undefined | Promise<string | undefined>;
}

/**
 * Reads one config file and what it extends (presets or relative files), detecting cycles.
 * Each file is read and merged once, where it is first extended: a diamond (two files
 * extending the same base) costs one load of the base, not one per path to it.
 */
export async function loadConfigFile(file: string, host: ConfigHost, rules: readonly Rule[], options: LoadOptions = {}): Promise<ProposalLintConfig> {
  return loadOnce(file, host, rules, options, [], new Set());
}

async function loadOnce(file: string, host: ConfigHost, rules: readonly Rule[], options: LoadOptions, stack: string[], done: Set<string>): Promise<ProposalLintConfig> {
  const text = await host.readFile(file);
  if (text === undefined) throw new ConfigProblem(file, 1, 1, 'configuration file not found');
  const reader = new Reader(file, text, rules);
  const { config, extends: bases } = reader.read();
  let merged: ProposalLintConfig = {};
  for (const base of bases) {
    if ((PRESETS as readonly string[]).includes(base.name)) {
      merged = mergeConfig(merged, preset(base.name as (typeof PRESETS)[number], rules));
      continue;
    }
    if (!base.name.startsWith('.') && !base.name.startsWith('/')) {
      throw reader.problem(base.node, `extends: unknown preset ${quote(base.name)}; use "recommended", "strict" or a relative path such as "./base.proposallintrc.json"`);
    }
    const target = joinPath(dirname(file), base.name);
    if (stack.includes(target) || target === file) throw reader.problem(base.node, `extends: cycle ${[...stack, file, target].join(' -> ')}`);
    const refused = await options.checkExtends?.(target, file);
    if (refused) throw reader.problem(base.node, `extends: ${target}: ${refused}`);
    if (done.has(target)) continue; // merged already, through another file that extends it
    let found: string | undefined;
    try {
      found = await host.readFile(target);
    } catch (e) {
      if (e instanceof ConfigProblem) throw reader.problem(base.node, `extends: ${target}: ${e.message}`);
      throw e;
    }
    if (found === undefined) throw reader.problem(base.node, `extends: file not found: ${target}`);
    merged = mergeConfig(merged, await loadOnce(target, host, rules, options, [...stack, file], done));
  }
  done.add(file);
  return mergeConfig(merged, config);
}

/** The nearest config file: from the linted file's folder up to `root` (inclusive). */
export async function findConfigFile(filePath: string, root: string, host: ConfigHost): Promise<string | undefined> {
  let dir = dirname(filePath);
  const stop = root.replace(/\/$/, '');
  for (;;) {
    const candidate = `${dir === '/' ? '' : dir}/${CONFIG_FILE}`;
    if ((await host.readFile(candidate)) !== undefined) return candidate;
    if (dir === stop || dir === '/' || dir === '.' || !dir.startsWith(stop)) return undefined;
    dir = dirname(dir);
  }
}

/** The rules that apply to a file after `overrides` (globs relative to the config file's folder). */
export function rulesForFile(config: ProposalLintConfig, relativePath: string): Record<string, RuleSetting> {
  let rules = { ...config.rules };
  for (const o of config.overrides ?? []) {
    if (picomatch(o.files, { dot: true })(relativePath)) rules = { ...rules, ...o.rules };
  }
  return rules;
}
