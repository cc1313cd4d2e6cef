import type { Root, Heading, Html, List, Nodes } from 'mdast';
import type { Lang } from '../lexicon/types.js';
import type { MemoEntry } from '../lexicon/memo.js';
import type { LooseMatter } from './matter.js';
import type { MarkerProblem } from './internal.js';

export type { Lang } from '../lexicon/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** What the document is; each kind gets the checks a reviewer applies to it. */
export type DocumentKind = 'proposal' | 'rfp-response' | 'sow' | 'quote' | 'contract';
export type SeveritySetting = Severity | 'off';
/** Every severity a rule can be set to, from off to error (the one list: config, settings, CLI, library). */
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** A text edit as an offset range in the original text plus its replacement. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A meaning-changing fix the user picks (never applied by fix-all). */
export interface Suggestion {
  /** Short title, in the finding's language. */
  desc: string;
  edits: Edit[];
  /**
   * When the edit inserts a template: the same insertion as a VS Code snippet
   * body (with tab stops), for editors that support it. Offsets as in `edits[0]`.
   */
  snippet?: { start: number; end: number; body: string };
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** The values filled into the message's `{{placeholders}}` (the rule's report data), when it had any. */
  data?: Record<string, string | number>;
  /** The language the message is written in. */
  lang: Lang;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offsets into the linted text. */
  startOffset: number;
  endOffset: number;
  /** True when the finding is about the whole document (it sits on its anchor line). */
  documentLevel?: boolean;
  /** A safe, mechanical fix (applied by fix-all). */
  fix?: Edit[];
  suggestions?: Suggestion[];
  /** What the rule looked at and found, in the finding's language (shown in the hover). */
  evidence?: string;
}

export type SectionRole =
  | 'credibility'
  | 'client-position'
  | 'pricing'
  | 'value-add'
  | 'agreement'
  | 'next-steps'
  | 'internal'
  | 'other';

export interface Range {
  start: number;
  end: number;
}

export interface Section {
  index: number;
  /** The heading node; null for the preamble before the first heading. */
  heading: Heading | null;
  depth: number;
  title: string;
  role: SectionRole;
  /** How the role was found. */
  roleSource: 'heading' | 'content' | 'none';
  /** From the heading start to the next heading of the same or higher level. */
  start: number;
  end: number;
  /** The heading line (start..end of the heading node); for the preamble, empty at start. */
  headingRange: Range;
  /** Where the section's own content ends: the first sub-heading or `end`. */
  ownEnd: number;
  parent: Section | null;
  children: Section[];
  internal: boolean;
}

export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

/** A piece of author prose: markup, code, quotes and URLs stripped, offsets kept. */
export interface ProseBlock {
  kind: BlockKind;
  node: Nodes;
  /** The prose text. */
  text: string;
  /** Source offset of each UTF-16 unit of `text` (length text.length + 1; the last is the end). */
  map: number[];
  start: number;
  end: number;
  lang: Lang;
  section: Section;
  internal: boolean;
  /** True inside a list item. */
  inList: boolean;
  /** True inside a GFM table. */
  inTable: boolean;
  sentences: Sentence[];
  /** What the editor's memo remembers of this text (lexicon matches...); absent outside the editor. */
  memo?: MemoEntry;
}

export interface Sentence {
  block: ProseBlock;
  /** Offsets into block.text. */
  textStart: number;
  textEnd: number;
  text: string;
  /** Source offsets. */
  start: number;
  end: number;
}

export interface FrontMatter {
  /** Parsed YAML mapping; {} when it is not a mapping or has errors. */
  data: Record<string, unknown>;
  /** The whole block including the `---` fences. */
  start: number;
  end: number;
  /** Offsets of the YAML body (between the fences). */
  bodyStart: number;
  bodyEnd: number;
  error?: { message: string; offset: number };
}

export interface ProposalModel {
  text: string;
  tree: Root;
  /** The YAML front matter (parsed, or the first loose block when the parser found none). */
  frontMatter: FrontMatter | null;
  /** Front-matter-like blocks the parser did not take (after blank lines, `...`, TOML, unclosed): internal. */
  matter: LooseMatter[];
  /** Unclosed or stray internal markers (the client copy refuses while there are any). */
  markerProblems: MarkerProblem[];
  /** The document language: front matter `lang`, the option, or the majority of prose. */
  lang: Lang;
  /** What the document is: front matter `kind:`, else inferred from its title and opening lines. */
  kind: DocumentKind;
  /** At the last stage of a negotiation: front matter `stage: final` (最終), or a title that says so ("Best and final offer"). */
  finalStage: boolean;
  /**
   * A later round of a relationship that already exists: a renewal, extension, continuation,
   * revised or follow-up proposal, the final round, or an opening that refers to the earlier
   * proposal ("Following our proposal of 30 September", 「前回のご提案から」). The client's
   * position and the seller's credentials were stated before.
   */
  laterRound: boolean;
  /** A later round that renews the contract for a new term (renewal, 契約更新, 継続): its price and concessions are negotiated afresh. */
  renewal: boolean;
  /** Sections in document order (the preamble first when there is text before the first heading). */
  sections: Section[];
  /** Internal regions (front matter, internal blocks, internal sections), sorted, merged. */
  internal: Range[];
  /** Author prose blocks in document order. */
  blocks: ProseBlock[];
  /** Every HTML node (block and inline, quoted too), in document order: markers and directives. */
  html: Html[];
  /** Lists not nested in a list item, in document order. */
  lists: List[];
  /** Line/column ↔ offset. */
  toPoint(offset: number): { line: number; column: number };
  toOffset(line: number, column: number): number;
  isInternal(offset: number): boolean;
  /** Where document-level findings sit: the first heading, or line 1. */
  anchor: Range;
}
