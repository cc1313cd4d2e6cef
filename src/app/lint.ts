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
