import { eol, lineStart, wrapInternalInline, wrapInternalLines } from '../engine/edits.js';
import { clientBlocks, countStartingBy, sentenceAt, sourceRange } from '../engine/query.js';
import { findAmounts, sameAmount } from '../engine/amounts.js';
import { FLOOR_WORD, asideDisclosure, walkAway } from '../engine/batna.js';
import { floorHits, labelledInternalNotes, quotedNotes } from '../engine/notes.js';
import { findPlaceholders } from '../engine/placeholders.js';
import { clientOccurrences } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';
import type { Edit, ProposalModel, Sentence } from '../engine/types.js';

/**
 * Wraps a sentence in an internal block without deleting a character: a whole
 * top-level paragraph gets marker lines around it; a paragraph that starts with the
 * sentence is split after it; otherwise the markers go inline around the sentence.
 */
export function wrapInternal(model: ProposalModel, sentence: Sentence): Edit[] {
  const { text } = model;
  const nl = eol(text);
  const block = sentence.block;
  const topLevel = block.kind === 'paragraph' && !block.inList && !block.inTable && model.tree.children.includes(block.node as never);
  const startsParagraph = lineStart(text, sentence.start) === lineStart(text, block.start) && text.slice(block.start, sentence.start).trim() === '';
  if (topLevel && startsParagraph) {
    if (text.slice(sentence.end, block.end).trim() === '') return wrapInternalLines(model.text, block.start, block.end);
    // Split after the sentence; the rest stays a client-facing paragraph (its leading space is kept).
    const [open] = wrapInternalLines(model.text, block.start, block.end);
    return [open!, { start: sentence.end, end: sentence.end, text: `${nl}${nl}<!-- /internal -->${nl}${nl}` }];
  }
  return wrapInternalInline(sentence.start, sentence.end);
}

/**
 * A sentence that points back ("This is our floor.", 「これが最終ライン。」) with the sentence it points
 * to: moving only the pointer would leave the figure itself in the client's copy.
 */
function withReferent(sentence: Sentence): Sentence {
  if (!REFERS_BACK.test(sentence.text)) return sentence;
  const i = sentence.block.sentences.findIndex((s) => s.start === sentence.start);
  const prev = i > 0 ? sentence.block.sentences[i - 1] : undefined;
  return prev ? { ...sentence, start: prev.start, textStart: prev.textStart, text: `${prev.text} ${sentence.text}` } : sentence;
}
const REFERS_BACK = /^\s*(?:これ|それ|ここ|この(?:金額|価格|額|単価)|(?:this|that)\s+is\b|that['’]s\b|this\s+(?:figure|price|rate|number)\b)/iu;

export const exposedBatna: Rule = {
  meta: {
    id: 'exposed-batna',
    type: 'problem',
    severity: 'error',
    playbook: '3.1',
    hasSuggestions: true,
    description: {
      en: 'A walk-away point, minimum price or BATNA is stated in client-facing text.',
      ja: '撤退ライン・最低価格・BATNA が顧客向けの本文に書かれています。',
    },
    rationale: {
      en: 'The walk-away point is private. Telling the buyer your minimum price or your alternative hands them your floor: every later concession starts from there. Keep it in the front matter or an internal block, and let the client\'s copy state the value of the offer.',
      ja: '撤退ラインは社内だけの情報です。最低価格や代替案を顧客に伝えると、以後の交渉はすべてその下限から始まります。フロントマターか社内ブロックに書き、お客様提出用の本文では提案の価値を述べてください。',
    },
    messages: {
      exposed: {
        en: '"{{phrase}}" reveals your walk-away point; move it into an internal block.',
        ja: '「{{phrase}}」で撤退ラインが伝わります。社内ブロックに移し、提案の価値を書いてください。',
      },
      amount: {
        en: '{{amount}} is your recorded walk-away point; keep it out of the client\'s copy and state the value of the offer.',
        ja: '{{amount}}は記録した撤退ラインと同額です。本文から外し、提案の価値を書いてください。',
      },
      margin: {
        en: '"{{phrase}}" tells the client your margin; move this note into an internal block.',
        ja: '「{{phrase}}」で自社の利益率が顧客に知られます。このメモは社内ブロックに移してください。',
      },
      unstripped: {
        en: 'This note is labelled internal but stays in the client\'s copy; put it in an internal block.',
        ja: 'このメモは社内用と書かれていますが、提出用の版に残り顧客に渡ります。社内ブロックに移してください。',
      },
      wrapNote: {
        en: 'Move this note into an internal block',
        ja: 'このメモを社内ブロックに移す',
      },
      wrap: {
        en: 'Move this sentence into an internal block',
        ja: 'この文を社内ブロックに移す',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A minimum order quantity is not a floor', code: '# Supply terms\n\nThe minimum order quantity is 500 units per month.\n' },
      { lang: 'en', kind: 'invalid', title: 'The floor in the client\'s copy', code: '# Investment\n\nThe lowest we can go is $38,000.\n' },
      { lang: 'ja', kind: 'valid', title: '社内ブロックの中なら問題なし', code: '# お見積り\n\n<!-- internal -->\n\n最低価格は480万円。\n\n<!-- /internal -->\n' },
      { lang: 'ja', kind: 'invalid', title: '本文に下限を書いている', code: '# お見積り\n\nこれ以下の価格ではお受けできません。\n' },
    ],
  },
  check(context) {
    const { model } = context;
    const reported: Array<{ start: number; end: number }> = [];
    // First, a note the writer labelled internal ("**Internal, Dave only:** floor stays at…", 「■社外秘：下限は…」,
    // a 「※社内用（提出時削除）」 line above it) that no marker or heading strips: its walk-away words reach the client.
    for (const note of labelledInternalNotes(model, context.lexicon)) {
      const { label, blocks: covered } = note;
      const block = covered[0]!;
      // The sentence that names the floor itself, when the note has one ("my floor was £640/day"), else the first walk-away word.
      const hits = floorHits(note, context.lexicon);
      const hit = hits.find((h) => FLOOR_WORD.test(h.match.text)) ?? hits[0];
      if (!hit) {
        // The floor in the writer's shorthand, with its figure ("// minimum 0,94 €/kg flat linen"): the note's part that says it.
        for (const b of covered) {
          // (The floor only: margin talk in a labelled note, 「※社内用：粗利は25%くらいで組む予定」, is not read as one here.)
          const given = asideDisclosure(b.text, context.lexicon);
          if (!given || given.margin || reported.some((r) => b.start >= r.start && b.start < r.end)) continue;
          reported.push({ start: b.start, end: b.end });
          context.report({ messageId: 'exposed', data: { phrase: given.phrase }, start: b.start, end: firstLineEnd(model, b.start, b.end) });
          break;
        }
        continue;
      }
      if (reported.some((r) => hit.start >= r.start && hit.start < r.end)) continue;
      const sentence = sentenceAt(hit.block, hit.match.start);
      if (sentence) reported.push(sentence);
      // The note as a whole is the finding: its other sentences are not reported again.
      reported.push({ start: block.start, end: covered[covered.length - 1]!.end });
      // At the sentence that gives the floor away (from the label, when the label opens it).
      const from = sentence?.start ?? hit.start;
      const start = hit.block === block && from - block.start <= label.length + 4 ? block.start : from;
      const end = sentence?.end ?? hit.end;
      // The fix moves the whole note (label and all) into an internal block.
      // Each covered block's top-level node: paragraphs, and lists taken whole ("Notes (Ollie)" over its bullets).
      const tops = covered.map((b) => model.tree.children.find((n) => (n.position?.start.offset ?? -1) <= b.start && b.end <= (n.position?.end.offset ?? -1)));
      const whole = tops.every((n) => n !== undefined && (n.type === 'paragraph' || n.type === 'list')) && tops[0]?.type === 'paragraph';
      const lastEnd = Math.max(...tops.map((n) => n?.position?.end.offset ?? 0));
      const edits: Edit[] = whole ? wrapInternalLines(model.text, block.start, lastEnd) : sentence ? wrapInternal(model, sentence) : [];
      context.report({
        messageId: 'unstripped',
        start,
        end,
        evidence: {
          en: `"${label}" marks the note as internal, but only front matter, internal blocks and internal headings are left out of the client's copy; the note says "${hit.match.text}".`,
          ja: `「${label}」と社内向けの表示がありますが、提出用の版から除かれるのはフロントマター・社内ブロック・社内用の見出しの節だけです。このメモには「${hit.match.text}」と書かれています。`,
        },
        suggestions: edits.length ? [{ messageId: 'wrapNote', edits }] : [],
      });
    }
    // A note to the author left in brackets ("[RC: DH has approved the £34 floor]"), a paragraph that is
    // one bracketed note over several lines ("[floor: $8,000/quarterly … Don't drop below 8.]"), and a
    // block quote the writer labelled as a note ("> **社内メモ:** Floor for Stage 1 is CAD 65,000"): the
    // client reads them all; each that names the floor with an amount is reported once.
    const notes = [
      ...findPlaceholders(model).filter((p) => /^[[［【(（]/u.test(p.text)).map((p) => ({ start: p.start, end: p.end, text: p.text, span: p.end })),
      ...clientBlocks(model)
        .filter((b) => b.kind === 'paragraph' && /\n/u.test(b.text) && /^\s*[\[［][^\[\]［］]+[\]］]\s*$/u.test(b.text))
        .map((b) => ({ start: b.start, end: b.end, text: b.text, span: firstLineEnd(model, b.start, b.end) })),
      ...quotedNotes(model, context.lexicon).map((q) => ({ ...q, span: firstLineEnd(model, q.start, q.end) })),
      // Any aside in square brackets ("[NB: floor is £34, Dan approved]"), placeholder or not.
      ...clientBlocks(model).flatMap((b) => [...b.text.matchAll(ASIDE)].map((m) => {
        const { start, end } = sourceRange(b, m.index, m.index + m[0].length);
        return { start, end, text: m[0], span: end };
      })),
    ];
    notes.sort((a, b) => a.start - b.start);
    for (const note of notes) {
      // A floor word with an amount in the same note ("the £34 floor"), or the seller's margin with its figure.
      const given = asideDisclosure(note.text, context.lexicon);
      if (!given || reported.some((r) => note.start >= r.start && note.start < r.end)) continue;
      reported.push({ start: note.start, end: note.end });
      context.report({ messageId: given.margin ? 'margin' : 'exposed', data: { phrase: given.phrase }, start: note.start, end: note.span });
    }
    // Then the disclosures in the client's text at large.
    const exposedBlocks = new Set<unknown>();
    for (const hit of clientOccurrences(context, 'batna-exposure')) {
      const sentence = sentenceAt(hit.block, hit.match.start);
      // One finding per sentence: "batna: below $35,000 we decline" is one disclosure.
      if (sentence && reported.includes(sentence)) continue;
      // Inside a labelled note already reported (the note as a whole is the finding).
      if (reported.some((r) => hit.start >= r.start && hit.start < r.end)) continue;
      // One finding per paragraph or item: "Floor on the fee: $245K … Do not go below $245K." is one disclosure.
      if (exposedBlocks.has(hit.block)) continue;
      exposedBlocks.add(hit.block);
      if (sentence) reported.push(sentence);
      context.report({
        messageId: 'exposed',
        data: { phrase: hit.match.text.trim() },
        start: hit.start,
        end: hit.end,
        suggestions: sentence ? [{ messageId: 'wrap', edits: wrapInternal(model, keyLine(model, hit.start, hit.match.text) ?? withReferent(sentence)) }] : [],
      });
    }
    // A block quote is the client's text too ("> Heads up: … Don't go below $380/pull"): its disclosures count,
    // once per quote, at the line that makes them.
    const exposure = context.lexicon.get('batna-exposure');
    for (const node of model.tree.children) {
      if (node.type !== 'blockquote') continue;
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      if (model.isInternal(start) || reported.some((r) => start < r.end && r.start < end)) continue;
      const hit = exposure.find(model.text.slice(start, end))[0];
      if (!hit) continue;
      reported.push({ start, end });
      context.report({
        messageId: 'exposed', data: { phrase: hit.text.trim() }, start: start + hit.start, end: start + hit.end,
        // The quote moves whole, markers around it, not a character deleted.
        suggestions: [{ messageId: 'wrapNote', edits: wrapInternalLines(model.text, start, end) }],
      });
    }
    // Whatever the wording: a client-facing amount equal to the recorded walk-away point.
    const floor = walkAway(model, context.lexicon).amounts;
    if (floor.length === 0) return;
    for (const block of clientBlocks(model)) {
      for (const a of findAmounts(block.text)) {
        if (!floor.some((f) => sameAmount(f, a))) continue;
        const { start, end } = sourceRange(block, a.start, a.end);
        if (model.isInternal(start) || reported.some((r) => start >= r.start && start < r.end)) continue;
        const sentence = sentenceAt(block, a.start);
        // An offered price may equal the floor; it discloses the floor when the sentence frames it
        // as a limit ("our minimum per-hire fee is $18,000"). Export refuses on any equal amount.
        if (!FLOOR_CONTEXT.test(sentence?.text ?? block.text)) continue;
        context.report({
          messageId: 'amount',
          data: { amount: a.text },
          start,
          end,
          suggestions: sentence ? [{ messageId: 'wrap', edits: wrapInternal(model, sentence) }] : [],
        });
      }
    }
  },
};

/**
 * A walk-away key line typed in the body (`batna: "…"`, 「撤退ライン: …」, the front-matter
 * snippet in the wrong place): the whole line moves, not its first sentence, so the best
 * alternative after the floor does not stay in the client's text.
 */
function keyLine(model: ProposalModel, start: number, phrase: string): Sentence | undefined {
  if (!/[:：]\s*$/u.test(phrase)) return undefined;
  const from = lineStart(model.text, start);
  if (model.text.slice(from, start).trim() !== '') return undefined;
  const sentence = sentenceContaining(model, start);
  if (!sentence) return undefined;
  const rest = /^[^\r\n]*/u.exec(model.text.slice(from))![0];
  const end = Math.min(from + rest.trimEnd().length, sentence.block.end);
  return { ...sentence, start: from, end, text: model.text.slice(from, end) };
}

/**
 * The sentence that holds `offset`: the blocks are in document order, so a binary search
 * finds the last block that starts at or before it (each finding asked the whole document:
 * quadratic on a long proposal with many of them).
 */
/** The end of the line `start` is on, or `end` when the line runs past it: where a finding on a note's first line stops. */
function firstLineEnd(model: ProposalModel, start: number, end: number): number {
  const eolAt = model.text.indexOf('\n', start);
  return eolAt === -1 || eolAt > end ? end : eolAt;
}

function sentenceContaining(model: ProposalModel, offset: number): Sentence | undefined {
  const { blocks } = model;
  const lo = countStartingBy(blocks, offset);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const found = blocks[i]!.sentences.find((x) => x.start <= offset && offset < x.end);
    if (found) return found;
  }
  return model.blocks.flatMap((b) => b.sentences).find((x) => x.start <= offset && offset < x.end);
}

/** An aside in square brackets within a paragraph (not a link's text). */
const ASIDE = /[\[［][^\[\]［］\n]{3,600}[\]］](?![(\[:])/gu;


/** Words that frame an amount as a limit. */
const FLOOR_CONTEXT = /\b(?:minimum|min\.|lowest|floor|at\s+least|no\s+less|not\s+below|below|under|cannot|can['’]t|bottom|absolute|best\s+we\s+can)\b|最低|下限|以上|を下回|未満|限界|ぎりぎり|ギリギリ|これ以下|精一杯/iu;

