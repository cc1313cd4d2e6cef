import { blocksIn, clientBlocks, findHits, isShortDocument, leadLabel, sentenceAt } from '../engine/query.js';
import { languageWeights } from '../engine/language.js';
import { clientOccurrences, insertSectionSuggestion, sectionsWithRole } from '../engine/shapes.js';
import { closestWithRole } from '../engine/sections.js';
import { findPlaceholders } from '../engine/placeholders.js';
import type { Rule } from '../engine/rule.js';
import type { ProseBlock } from '../engine/types.js';

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_COUNTED = /[\s\p{P}\p{S}\ufffc]/gu;

export const weakCredibilityStatement: Rule = {
  meta: {
    id: 'weak-credibility-statement',
    type: 'suggestion',
    severity: 'warning',
    playbook: '5',
    kinds: ['proposal', 'rfp-response', 'sow', 'quote'],
    hasSuggestions: true,
    description: {
      en: 'The credibility statement is missing, too long, without proof, or built on empty superlatives.',
      ja: '弊社紹介（信頼の根拠）がない、長すぎる、裏付けがない、または根拠のない最上級表現に頼っています。',
    },
    rationale: {
      en: 'Trust is the entry ticket: a buyer who doubts you reads everything as sales spin. A short statement backed by proof (years, numbers, named clients, measured results) earns permission to continue; superlatives without proof do the opposite, and a long self-description reads as a feature dump. Keep the few facts that prove you can deliver.',
      ja: '信頼は商談の入場券です。疑いを持った買い手はすべてを売り込みとして読みます。年数・数字・顧客名・測定された成果で裏付けた短い紹介が話を聞いてもらう許可になり、根拠のない最上級表現は逆効果です。長い自己紹介は機能の羅列に見えるので、実行力を示す事実だけに絞ります。',
    },
    messages: {
      missing: {
        en: 'There is no credibility statement ("Why us"); add a short one with proof: years, numbers, a named client, a result.',
        ja: '弊社紹介がありません。年数・数字・顧客名・成果など、裏付けのある短い紹介を加えてください。',
      },
      tooLongWords: {
        en: '"{{section}}" is too long: {{count}} words, {{sentences}} sentences (limit {{maxWords}}, {{maxSentences}}); keep only the proof.',
        ja: '弊社紹介「{{section}}」は{{count}}語・{{sentences}}文（上限{{maxWords}}語・{{maxSentences}}文）。事実に絞ってください。',
      },
      tooLongChars: {
        en: '"{{section}}" is too long: {{count}} characters, {{sentences}} sentences (limit {{maxChars}}, {{maxSentences}}); keep only the proof.',
        ja: '弊社紹介「{{section}}」は{{count}}字・{{sentences}}文（上限{{maxChars}}字・{{maxSentences}}文）。事実に絞ってください。',
      },
      noProof: {
        en: 'Credibility statement "{{section}}" has no proof; add a number, year, named client or result.',
        ja: '弊社紹介「{{section}}」に裏付けがありません。確認できる数字や顧客名を加えてください。',
      },
      superlative: {
        en: '"{{word}}" is a superlative with no proof; replace it with the number, client or result that shows it.',
        ja: '「{{word}}」は裏付けのない最上級表現です。それを示す数字・顧客名・成果に置き換えてください。',
      },
      insert: {
        en: 'Insert a short "Why us" statement with proof',
        ja: '裏付けのある短い「弊社について」を挿入',
      },
    },
    options: {
      maxWords: { type: 'number', default: 200, minimum: 1, description: { en: 'Longest credibility statement in English, in words.', ja: '英語の弊社紹介の上限（語数）。' } },
      maxChars: { type: 'number', default: 500, minimum: 1, description: { en: 'Longest credibility statement in Japanese, in characters.', ja: '日本語の弊社紹介の上限（文字数）。' } },
      maxSentences: { type: 'number', default: 8, minimum: 1, description: { en: 'Most sentences in the credibility statement.', ja: '弊社紹介の最大文数。' } },
    },
    teach: { concept: 'proof', label: { en: 'proof words', ja: '裏付けを表す語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Short, with proof', code: '## Why us\n\nSince 2012 we have trained 4,000 engineers at 60 plants, including Hanwa Steel, where defects fell 18%.\n' },
      { lang: 'en', kind: 'invalid', title: 'Superlatives, no proof', code: '## Why us\n\nWe are a world-class, industry-leading provider.\n' },
      { lang: 'ja', kind: 'valid', title: '裏付けのある短い紹介', code: '## 弊社について\n\n弊社は2012年から製造業60社で研修を行い、山陽精機様では不良率を18%削減しました。\n' },
      { lang: 'ja', kind: 'invalid', title: '最上級表現だけ', code: '## 弊社について\n\n弊社は業界トップクラスの品質を誇ります。\n' },
    ],
  },
  check(context) {
    const { model, lexicon, report, options } = context;
    const proof = lexicon.get('proof');
    const client = new Set(clientBlocks(model));
    const sections = sectionsWithRole(model, 'credibility');

    if (sections.length === 0 && (model.kind === 'proposal' || model.kind === 'rfp-response') && !isShortDocument(model) && !credibleElsewhere(context)) {
      report({
        messageId: 'missing', suggestions: [insertSectionSuggestion(model, 'prop-credibility', model.lang, 'insert')],
        evidence: {
          en: 'No credibility section (why us, about us, track record, qualifications), no sentences about you with proof, and no attributed testimonial.',
          ja: '弊社紹介・実績の節がなく、裏付けのある自社の記述や出典のあるお客様の声も見つかりませんでした。',
        },
      });
    }

    for (const section of sections) {
      let blocks: ProseBlock[] = blocksIn(model, section, true).filter((b) => b.kind !== 'heading' && client.has(b));
      if (blocks.length === 0) blocks = blocksIn(model, section).filter((b) => b.kind !== 'heading' && client.has(b));
      if (blocks.length === 0) continue;
      const at = section.heading ? section.headingRange : { start: blocks[0]!.start, end: blocks[0]!.end };
      const name = section.title;
      // The statement's own prose: tables of facts and lists (team CVs, client lists) are not self-description.
      // A thematic break (---) ends the statement: what follows is another topic, even under the same heading.
      const rule = model.tree.children.find((n) => n.type === 'thematicBreak' && (n.position?.start.offset ?? -1) > at.end && (n.position?.start.offset ?? Infinity) < section.end);
      const stop = rule?.position?.start.offset ?? Infinity;
      const prose = blocks.filter((b) => !b.inTable && !b.inList && b.start < stop);
      const text = prose.map((b) => b.text).join('\n');
      const w = languageWeights(text);
      const sentences = prose.reduce((n, b) => n + b.sentences.length, 0);
      const maxWords = options['maxWords'] as number;
      const maxChars = options['maxChars'] as number;
      const maxSentences = options['maxSentences'] as number;
      const limits = { section: name, sentences, maxWords, maxChars, maxSentences };
      // A tender's "Experience and capability" answer is a full response, not an elevator pitch.
      const lengthApplies = model.kind !== 'rfp-response';
      if (w.ja >= w.en) {
        const count = text.replace(NOT_COUNTED, '').length;
        // Too long means past both limits: a few facts in many short sentences, or one long one, is still a statement.
        if (lengthApplies && count > maxChars && sentences > maxSentences) report({ messageId: 'tooLongChars', data: { ...limits, count }, ...at });
      } else {
        const count = text.match(WORD)?.length ?? 0;
        if (lengthApplies && count > maxWords && sentences > maxSentences) report({ messageId: 'tooLongWords', data: { ...limits, count }, ...at });
      }
      if (findHits(proof, blocks).length === 0) report({ messageId: 'noProof', data: { section: name }, ...at });
    }

    const you = lexicon.get('client-voice');
    const we = lexicon.get('seller-voice');
    // A superlative inside a note to the author (「（↑訳す。「世界最高水準」は大げさ…）」, "[MO: …]") is no claim to the client.
    const notes = findPlaceholders(model);
    for (const hit of clientOccurrences(context, 'superlative')) {
      const sentence = sentenceAt(hit.block, hit.match.start);
      if (sentence && proof.test(sentence.text)) continue;
      if (notes.some((n) => hit.start >= n.start && hit.start < n.end)) continue;
      // Part of a name ("CHAS Elite", an accreditation), or the subject's own ranking ("the #1 goal", "top priority", 最大の課題).
      const before = hit.block.text.slice(Math.max(0, hit.match.start - 12), hit.match.start);
      if (/(?:^|\s)[A-Z]{2,}[A-Z0-9-]*\s$/u.test(before)) continue;
      // A product or tier named with the word ("Premier Support", "Elite Plan"): a name, not a claim.
      if (/^[A-Z]/u.test(hit.match.text) && TIER_NAME_AFTER.test(hit.block.text.slice(hit.match.end, hit.match.end + 24))) continue;
      if (SUBJECT_AFTER.test(hit.block.text.slice(hit.match.end, hit.match.end + 16))) continue;
      // "The next generation of leaders", 「次世代リーダー」: the people who come next, not a claim about the offer.
      if (/^next[-\s]generation$|^次世代$/iu.test(hit.match.text.trim()) && NEXT_OF_PEOPLE.test(hit.block.text.slice(hit.match.end, hit.match.end + 24))) continue;
      // An item number in a numbered set ("No.1 は期限が決まっており、No.2・No.3 は…"), not a ranking.
      if (/^(?:No|ＮＯ|Ｎｏ|NO)[.．]\s?[1１]$/u.test(hit.match.text.trim()) && /(?:No|ＮＯ|Ｎｏ|NO)[.．]\s?[2-9２-９]/u.test(hit.block.text)) continue;
      // About the client or their problem, not a claim about the seller: 「トップクラスのシェアを持つ貴社」,
      // 「人手が圧倒的に不足」, "your market-leading brand".
      const said = sentence?.text ?? hit.block.text;
      if ((you.test(said) && !we.test(said)) || PROBLEM_AFTER.test(hit.block.text.slice(hit.match.end, hit.match.end + 8))) continue;
      report({ messageId: 'superlative', data: { word: hit.match.text }, start: hit.start, end: hit.end });
    }
  },
};

/**
 * Credibility shown without a "Why us" section: the proof a buyer would accept elsewhere —
 * a bold label that names it, a sentence about the seller with a concrete figure (founded in
 * 1963, 14 manufacturers supplied), a certification (ISO 9001, FSSC 22000, Pマーク), a result
 * measured for this client or another (a trial's figures, "CPA improved by about 25%"), an
 * attributed testimonial — or a document in a relationship that already exists (a renewal, a
 * revised or follow-up proposal, the final round), where the credibility statement was made before.
 */
function credibleElsewhere({ model, lexicon }: Parameters<Rule['check']>[0]): boolean {
  if (model.laterRound) return true;
  const proof = lexicon.get('proof');
  const seller = lexicon.get('seller-voice');
  const heading = lexicon.get('heading-credibility');
  const outcome = lexicon.get('outcome');
  for (const b of clientBlocks(model)) {
    // A bold label used as a small heading ("**Who we are**", "**■ 弊社の実績**").
    const label = leadLabel(b);
    if (label && heading.test(label)) return true;
    // The seller's own parts (price, terms, next steps) promise; they do not prove.
    if ((['pricing', 'agreement', 'next-steps'] as const).some((r) => closestWithRole(b.section, r) !== null)) continue;
    for (const sentence of b.sentences) {
      const t = sentence.text;
      const hits = proof.find(t);
      if (hits.some((h) => h.entryId === 'verified-result')) return true;
      const figure = hits.some((h) => h.entryId === 'number' || h.entryId === 'number-words');
      if (figure && PAST_RESULT.test(t) && (seller.test(t) || outcome.test(t) || NAMED_SUBJECT.test(t))) return true;
      // The seller's own past work in humble form: 「昭和63年に先代が施工させていただいた建物です」.
      if (figure && HUMBLE_PAST.test(t)) return true;
    }
  }
  // A callout set as a block quote (「> 同じ通販の別のお客様では、4か月でCPAが約25%改善しました」): the seller's
  // proof in a box, unless the box is the client's own words (then it names no result of the seller's).
  for (const node of model.tree.children) {
    if (node.type !== 'blockquote') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (model.isInternal(start)) continue;
    const text = model.text.slice(start, end).replace(/^[ \t]*>[ \t]?/gmu, '').replace(/[*_`]/gu, '');
    for (const t of text.split(/(?<=[。．!?！？])|(?<=\.)\s+|\n{2,}/u)) {
      const hits = proof.find(t);
      const figure = hits.some((h) => h.entryId === 'number' || h.entryId === 'number-words');
      if (figure && PAST_RESULT.test(t)) return true;
    }
  }
  // A quoted testimonial with its source.
  return /^>.*\n>?\s*(?:[-–—]|―|──)\s*\S/m.test(model.text) || /^>\s*.*[」"”]\s*(?:[-–—]|―)\s*\S/m.test(model.text);
}

/** Something already done ("since 2012", "have staffed 40+ launches", 「2019年から取引」, 「約25%改善しました」), not a promise. */
const PAST_RESULT = /\b(?:improved|reduced|cut|increased|grew|saved|lowered|achieved|delivered|completed|supplied|served|trained|helped|staffed|fell|rose|dropped|founded|established)\b|\bsince\s+(?:19|20)\d{2}\b|\bhave\s+(?:been|worked|delivered|supplied|staffed|completed|helped|trained|run|built)\b|['’]ve\s+(?:been|worked|delivered|supplied|staffed|completed|helped|trained|run|built)\b|(?:しました|できました|されました|となりました|になりました|でした|ております|てきました)(?:[。．]|$)|創業|設立|実績があ|実績がございます|から(?:直接)?(?:取引|ご支援|担当)|以来/iu;

/** A sentence whose subject is an organisation by name ("Rao Environmental Consulting has completed more than 340…"). */
const NAMED_SUBJECT = /^(?:[A-Z][A-Za-z&'’.-]+\s+){1,5}(?:has|have|had)\s+(?:completed|delivered|supplied|served|trained|helped|staffed|run|built|worked|been)\b/u;
/**
 * The seller's past work in the humble forms it uses of itself: 「〜させていただきました」, and 「〜してまいりました」 after
 * an action of its own (「支援してまいりました」「手がけてまいりました」), not after a change in the world (「上昇してまいりました」).
 */
const HUMBLE_PAST = /(?:施工|納入|導入|担当|設計|支援|お手伝い|運営|製作|制作|開発|構築|保守|対応|実施|提供|納品)させて(?:いただ|頂)(?:いた|きました|いております)|携わらせて(?:いただ|頂)(?:いた|きました|いております)|(?:お手伝いし|(?:お|ご)[一-龥]{2,4}し|(?!上昇|高騰|増加|減少|拡大|変化|悪化|普及|浸透|定着|進展|改善)[一-龥]{2}し|手がけ|手掛け|務め|携わっ|取り組ん|積み重ね|培っ|承っ)(?:て|で)(?:まいり|参り)ました/u;

/** A ranking of the subject, not of the seller: "the #1 goal", "top priority", "the number one line item", 「最大の課題」「最大の要因」. */
const SUBJECT_AFTER = /^\s*(?:goal|priority|priorities|concern|concerns|aim|objective|focus|request|question|risk|reason|challenge|issue|complaint|line\s+item|item|cost|expense|spend|driver|cause|pain\s+point|bottleneck|topic|budget\s+line|cost\s+driver)s?(?![A-Za-z])|^\s*(?:の)?\s*(?:お|ご)?(?:課題|懸念|目標|目的|優先|問題|リスク|関心|要望|費目|コスト|支出|要因|原因|悩み|困りごと|負担)/iu;

/** After a capitalised superlative, the rest of a name: "Premier Support", "Elite Plan", "Premier tier". */
const TIER_NAME_AFTER = /^[ \t]+(?:[A-Z][A-Za-z]+|(?:tier|plan|package|support|level|edition|option)(?![A-Za-z]))/u;

/** What follows "next generation" when it means people: "of leaders", 「リーダー」「を担う」「の育成」. */
const NEXT_OF_PEOPLE = /^\s+of\b|^(?:の)?(?:リーダー|経営|幹部|人材|社員|職員|育成|を担う|を育て)/iu;

/** A superlative that intensifies a problem (「圧倒的に不足」, "severely short"), not a claim. */
const PROBLEM_AFTER = /^\s*(?:に|な)?\s*(?:不足|少な|足り|遅れ|高騰|負担|人手不足)|^\s*(?:short|behind|understaffed|overloaded)/iu;
