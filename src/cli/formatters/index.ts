import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';
import type { Formatter } from './types.js';

export type { FileResult, Formatter, FormatStream } from './types.js';
export { githubSummary, githubSummaryStream } from './github.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, gitlab, rdjson, junit, unix };
