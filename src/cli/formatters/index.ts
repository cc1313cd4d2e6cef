import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { unix } from './unix.js';
import type { Formatter } from './types.js';

export type { FileResult, Formatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit, unix };
