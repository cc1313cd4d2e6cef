/**
 * The JSON schema of .proposallintrc.json, generated from the rules' meta and the
 * lexicon concepts. `npm run docs` writes it; a test fails when the committed one drifts.
 */
import { CONCEPTS, RULES, SEVERITIES } from '../src/index.js';

const severity = { type: 'string', enum: [...SEVERITIES] };

function ruleSchema(id: string): object {
  const rule = RULES.find((r) => r.meta.id === id)!;
  const options = Object.entries(rule.meta.options ?? {});
  const description = `${rule.meta.description.en} (default: ${rule.meta.severity})`;
  // Draft-07 tuples: `items` as an array with `additionalItems: false` (`prefixItems` is 2020-12 and
  // means nothing to a draft-07 validator such as VS Code's, which then rejects every ["warning", {…}]).
  if (options.length === 0) return { description, oneOf: [severity, { type: 'array', items: [severity], additionalItems: false, minItems: 1 }] };
  const props = Object.fromEntries(options.map(([k, o]) => [k, {
    type: o.type, default: o.default, description: o.description.en, ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
  }]));
  return {
    description,
    oneOf: [severity, { type: 'array', items: [severity, { type: 'object', properties: props, additionalProperties: false }], additionalItems: false, minItems: 1 }],
  };
}

export function configSchema(): object {
  const rules = { type: 'object', properties: Object.fromEntries(RULES.map((r) => [r.meta.id, ruleSchema(r.meta.id)])), additionalProperties: false };
  const globs = { type: 'array', items: { type: 'string' } };
  const phrases = { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Literal phrases (never patterns).' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://proposal-lint.invalid/schemas/proposallintrc.schema.json',
    title: 'proposal-lint configuration (.proposallintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'A built-in preset ("recommended", "strict") or a relative path to another config file.',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        examples: ['recommended', 'strict', './base.proposallintrc.json'],
      },
      rules: { ...rules, description: 'Severity per rule id, or [severity, options].' },
      include: { ...globs, description: 'Globs (relative to this file) of Markdown files that are proposals.' },
      exclude: { ...globs, description: 'Globs of Markdown files never to lint.' },
      language: { type: 'string', enum: ['auto', 'en', 'ja'], default: 'auto' },
      lexicon: {
        type: 'object',
        description: "Your team's own words per concept and language, as literal phrases.",
        additionalProperties: false,
        properties: Object.fromEntries(CONCEPTS.map((c) => [c, { type: 'object', additionalProperties: false, properties: { en: phrases, ja: phrases } }])),
      },
      client: { description: "The client's name(s) for seller-centric.", oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      overrides: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['files'], properties: { files: globs, rules } },
      },
      requireReason: { type: 'boolean', default: false, description: 'Directives must give a reason after " -- ".' },
    },
  };
}
