import { notesToSelf } from '../engine/asides.js';
import { wrapInternalInline, wrapInternalLines } from '../engine/edits.js';
import { clipLine } from '../engine/query.js';
import type { Rule } from '../engine/rule.js';

export const noteToSelf: Rule = {
  meta: {
    id: 'note-to-self',
    type: 'problem',
    severity: 'error',
    playbook: '2, 5',
    hasSuggestions: true,
    description: {
      en: 'A note to yourself or the team left in client-facing text: "[DW: check with ops]", "[NB: …]", "Note to self: …", a line labelled internal.',
      ja: '自分用・社内用のメモが顧客向けの本文に残っています（「（※自分用メモ：…）」「＜メモ：…＞」「※社内用：…」など）。',
    },
    rationale: {
      en: 'A note for yourself or the team (who said what, what is still to check, what the competitor charges) shows the client how the proposal was made and where you are unsure. The client reads every bracket. Keep such notes in an HTML comment, the front matter or an internal block: the client copy leaves those out, and refuses to export while a note is still in the text.',
      ja: '自分やチーム向けのメモ（誰が何を言ったか、確認中のこと、競合の価格など）が残っていると、提案書の舞台裏や詰め切れていない点がお客様に伝わってしまいます。お客様は括弧の中まで読みます。こうしたメモは HTML コメント・フロントマター・社内ブロックに書いてください。これらは提出版には含まれません。本文にメモが残っている間は、提出版を書き出せません。',
    },
    messages: {
      note: {
        en: '"{{text}}" looks like a note to self; move it to an internal block.',
        ja: '「{{text}}」は自分用のメモのようです。社内ブロックに入れるか、削除してください。',
      },
      wrap: {
        en: 'Wrap this note in an internal block',
        ja: 'このメモを社内ブロックで囲む',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'The note is in a comment; a note to the client is not a note to self', code: '# Proposal for Kestrel\n\n<!-- DW: check the reporter count with ops -->\n\nWe have 58 certified reporters. [Note: all prices exclude VAT.]\n' },
      { lang: 'en', kind: 'invalid', title: 'A question to a colleague left in the text', code: '# Proposal for Kestrel\n\nWe have 58 certified reporters. [DW: Tom, is it still 58 after January?]\n' },
      { lang: 'ja', kind: 'valid', title: 'メモはコメントの中にある。お客様向けの注記（※）はメモではない', code: '# ご提案書\n\n<!-- メモ：競合は月20万円 -->\n\n広報の体制づくりからご支援します。※価格はすべて税別です。\n' },
      { lang: 'ja', kind: 'invalid', title: '本文に自分用のメモが残っている', code: '# ご提案書\n\n広報の体制づくりからご支援します。（※自分用メモ：競合は秋田の代理店らしい）\n' },
    ],
  },
  check(context) {
    const { model } = context;
    for (const note of notesToSelf(model, context.lexicon)) {
      // Internal markers around the note, deleting nothing: marker lines around a top-level paragraph that is only the
      // note, inline markers around an aside within a paragraph or list item; none in a table cell or a heading,
      // where a marker would break the row or the heading.
      const block = note.whole;
      const inCellOrHeading = model.blocks.some((b) => (b.inTable || b.kind === 'heading') && b.start <= note.start && note.start < b.end);
      const edits = block ? (model.tree.children.includes(block.node as never) ? wrapInternalLines(model.text, block.start, block.end) : [])
        : inCellOrHeading ? [] : wrapInternalInline(note.start, note.end);
      // The finding spans the note's first line.
      const lineEnd = model.text.indexOf('\n', note.start);
      context.report({
        messageId: 'note',
        data: { text: clipLine(note.text, 22) },
        start: note.start,
        end: lineEnd > -1 && lineEnd < note.end ? lineEnd : note.end,
        suggestions: edits.length ? [{ messageId: 'wrap', edits }] : [],
      });
    }
  },
};
