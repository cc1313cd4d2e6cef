/**
 * Lint one file with everything a front end shows: the findings, the readiness (computed
 * with the same lexicon as the lint, so the team's words count in the status bar too), the
 * front matter and the document's language and kind. The editor's host thread and its
 * worker both call this, so a worker's answer is complete and the host never rebuilds it.
 */
import { lintDocument, type LintOptions } from '../index.js';
import { readiness, type Readiness } from '../engine/readiness.js';
import { lexiconWith } from '../lexicon/index.js';
import type { DocumentKind, Finding, Lang, ProposalModel } from '../engine/types.js';

export interface FileLint {
  findings: Finding[];
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
    model,
    readiness: readiness(model, findings, lexiconWith(options.lexicon)),
    frontMatter: model.frontMatter?.data,
    lang: model.lang,
    kind: model.kind,
  };
}
