/**
 * Lint one file with everything a front end shows: the findings, the readiness (computed
 * with the same lexicon as the lint, so the team's words count in the status bar too), the
 * front matter and the document's language and kind. The editor's host thread and its
 * worker both call this, so a worker's answer is complete and the host never rebuilds it.
 */
import { lintDocument, type LintOptions } from '../index.js';
import { readiness, type Readiness } from '../engine/readiness.js';
import { lexiconWith } from '../lexicon/index.js';
import { disableFileEdit, disableLineEdit } from '../engine/directives.js';
import type { DocumentKind, Edit, Finding, Lang, ProposalModel } from '../engine/types.js';
import { ParseCache } from '../engine/incremental.js';
import type { HostBackend } from './scheduler.js';

export interface FileLint {
  findings: Finding[];
  /** Per finding, "disable for this line" and "for this file" (null where no comment can go): the editor's code actions need no model. */
  disable: Array<{ line: Edit | null; file: Edit | null }>;
  readiness: Readiness;
  frontMatter: Record<string, unknown> | undefined;
  lang: Lang;
  kind: DocumentKind;
  model: ProposalModel;
}

export function lintFile(text: string, options: LintOptions = {}): FileLint {
  const { findings, model } = lintDocument(text, options);
  return {
    findings,
    disable: findings.map((f) => ({ line: f.documentLevel ? null : disableLineEdit(model, f), file: disableFileEdit(model, f.ruleId) })),
    model,
    readiness: readiness(model, findings, lexiconWith(options.lexicon)),
    frontMatter: model.frontMatter?.data,
    lang: model.lang,
    kind: model.kind,
  };
}

/**
 * The Scheduler's host backend for every front end that lints on its own thread (the VS Code
 * extension's host, the language server): lintFile with the document's ParseCache, so one
 * parse answers "is it a proposal?", gives the findings and keeps the model for code actions.
 */
export const hostBackend: HostBackend<ParseCache> = {
  createCache: () => new ParseCache(),
  lint: (text, options, parseCache) => {
    const r = lintFile(text, { ...options, parseCache });
    return { findings: r.findings, model: r.model, frontMatter: r.frontMatter, readiness: r.readiness, disable: r.disable };
  },
};
