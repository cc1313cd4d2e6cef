import { blocksBetween, blocksIn, clientBlocks, clientHits, sentenceAt } from '../engine/query.js';
import { FREE_OF_CHARGE, closestWithRole, documentTitle } from '../engine/sections.js';
import { clientOccurrences } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';
import type { ProseBlock, Section } from '../engine/types.js';

/** Keeps a capital first letter when the replaced phrase had one. */
function matchCase(original: string, replacement: string | undefined): string | undefined {
  if (!replacement) return undefined;
  const first = original[0] ?? '';
  return first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export const priceOnlyFraming: Rule = {
  meta: {
    id: 'price-only-framing',
    type: 'suggestion',
    severity: 'warning',
    playbook: '4',
    kinds: ['proposal', 'rfp-response', 'sow', 'quote'],
    hasSuggestions: true,
    description: {
      en: 'A price stands without value, outcome or risk-reduction wording, or the text competes on price alone.',
      ja: '価格に価値・成果・リスク低減の説明が伴っていない、または価格の安さだけで競っています。',
    },
    rationale: {
      en: 'When the buyer sees a commodity, price becomes the only lever and the cheapest bid wins. Frame every price with the outcomes, return and risk reduction it buys, and defend value instead of promising to be cheapest: a price-only claim tells the client the offer is a commodity and starts a race to the bottom.',
      ja: '買い手が「どこでも同じ」と見ると、価格だけが判断材料になり最安値が勝ちます。価格には必ず成果・投資対効果・リスク低減を添え、安さを約束するのではなく価値で勝負してください。安さだけの訴求は「どこでも同じ商品」だと伝え、値下げ競争を招きます。',
    },
    messages: {
      noValue: {
        en: 'The prices in "{{section}}" stand alone; add the return, outcomes or risk reduction they buy.',
        ja: '「{{section}}」の価格に効果の説明がありません。金額に投資対効果や成果を添えてください。',
      },
      competing: {
        en: '"{{phrase}}" competes on price alone; say what value or outcome the price buys instead.',
        ja: '「{{phrase}}」は安さだけで競っています。その価格で得られる価値や成果を書いてください。',
      },
      reframe: {
        en: 'Reframe as "{{replacement}}"',
        ja: '「{{replacement}}」と言い換える',
      },
    },
    teach: { concept: 'value', label: { en: 'value words', ja: '価値を表す語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A price framed by its return', code: '## Investment\n\n| Item | Price |\n|---|---|\n| Programme | $48,000 |\n\nThe programme pays for itself within six months through reduced rework.\n' },
      { lang: 'en', kind: 'invalid', title: 'Matching any quote', code: '## Investment\n\nThe programme costs $48,000, a saving of 12% in rework. We will match any quote.\n' },
      { lang: 'ja', kind: 'valid', title: '費用対効果を添えた価格', code: '## お見積り\n\n総額480万円です。不良率の削減により1年で投資を回収できます。\n' },
      { lang: 'ja', kind: 'invalid', title: '価格だけの見積り', code: '# ご提案書\n\n## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 480万円 |\n' },
    ],
  },
  check(context) {
    const { model, lexicon, report } = context;
    const currency = lexicon.get('currency');
    const value = lexicon.get('value');
    const client = clientBlocks(model);
    const isClient = new Set(client);

    // (a) Each pricing part: the pricing sections (by heading, or by content: amounts with
    // price words), with their sub-sections and neighbouring pricing sections counted as one.
    // Amounts elsewhere (the client's figures, salaries in a role profile, a history of the
    // offer, payment terms) are not prices to frame.
    // A later round (a revision, a follow-up, the final offer) prices what the earlier rounds framed: the client
    // has read the value case, and reviewers do not ask for it again. A renewal asks for the money again: it argues its value.
    const pitched = (model.kind === 'proposal' || model.kind === 'rfp-response') && !model.finalStage && (!model.laterRound || model.renewal);
    const pricing = pitched ? model.sections.filter((s) => s.role === 'pricing' && !s.internal && !(s.parent && closestWithRole(s.parent, 'pricing'))) : [];
    const parts: Section[][] = [];
    for (const s of pricing) {
      const last = parts[parts.length - 1];
      const prev = last?.[last.length - 1];
      // Options side by side ("Option 1", "Option 2", "Side by side") are one pricing part.
      if (prev && prev.parent === s.parent && prev.depth === s.depth && model.sections.slice(prev.index + 1, s.index).every((x) => x.depth > s.depth || x.role === 'pricing')) last!.push(s);
      else parts.push([s]);
    }
    // Where a reader looks for what the price buys: the part itself, its parent's intro, the
    // sections right before and after it, and any section about the value (ROI, 導入効果…).
    // What the offer changes for the client (outcome words: cut, improve, 削減, 改善) frames a price as well as value words.
    const outcome = lexicon.get('outcome');
    const framed = (blocks: readonly ProseBlock[]) => {
      const own = blocks.filter((b) => isClient.has(b));
      return clientHits(model, value, own).length > 0 || clientHits(model, outcome, own).length > 0;
    };
    // A proposal that makes its value case elsewhere (an ROI or benefits section, or value
    // wording throughout) frames its prices: a reader has just read what they buy.
    const valueCase = model.sections.some((s) => s.heading && !s.internal && s.role !== 'pricing' && VALUE_HEADING.test(s.title))
      // The value case is the seller's argument: the client's own problems and the credibility statement do not make it.
      || clientHits(model, value, client.filter((b) => ['pricing', 'client-position', 'credibility'].every((r) => closestWithRole(b.section, r as Section['role']) === null))).length >= 3;
    for (const part of parts) {
      const first = part[0]!;
      const last = part[part.length - 1]!;
      const around: ProseBlock[] = [];
      for (const s of part) around.push(...blocksIn(model, s));
      if (first.parent && first.parent !== documentTitle(model.sections)) around.push(...blocksBetween(model, first.parent.start, first.parent.ownEnd));
      const siblings = model.sections.filter((x) => x.depth === first.depth && x.parent === first.parent && x.heading);
      const before = siblings[siblings.indexOf(first) - 1];
      const after = siblings[siblings.indexOf(last) + 1];
      // The sections right before and after it: a reader has just read (or reads next) what the price buys
      // ("Service levels" above the rate card, "Why this structure works" below it).
      // Not the seller's credentials, the terms, the next steps or the client's own problems: those say nothing of what the price buys.
      for (const n of [before, after]) if (n && (VALUE_HEADING.test(n.title) || value.test(n.title) || !(NOT_FRAMING.has(n.role) && n.roleSource === 'heading'))) around.push(...blocksIn(model, n));
      // An add-on part right before or after the price (「研修後のフォロー（費用はいただきません）」, "Included at no charge")
      // defends the price with what comes with it: the playbook's way to answer a price, not a discount.
      // Only one announced as given at no charge: a bare 「特典」 or "Bonus" beside the table still leaves the price unexplained.
      const addOnBeside = [before, after].some((n) => n?.role === 'value-add' && n.roleSource === 'heading' && FREE_OF_CHARGE.test(n.title));
      if (valueCase || addOnBeside || framed(around)) continue;
      // Nothing to say without a price in the part itself.
      const partBlocks = part.flatMap((s) => blocksIn(model, s).filter((b) => isClient.has(b)));
      const priced = partBlocks.flatMap((b) => clientHits(model, currency, [b]));
      // Bare figures under a currency named once (a table headed "GBP", 「金額（円）」, "(£)"): prices too.
      const bare = priced.length === 0 && partBlocks.some((b) => BARE_CURRENCY.test(b.text)) && partBlocks.some((b) => BARE_FIGURE.test(b.text));
      if (priced.length === 0 && !bare) continue;
      const at = first.heading ? first.headingRange : priced[0] ?? partBlocks[0]!;
      const names = part.map((s) => s.title).filter(Boolean).join(', ');
      const jaNames = part.map((s) => s.title).filter(Boolean).map((t) => `「${t}」`).join('');
      report({
        messageId: 'noValue', data: { section: first.title || (model.lang === 'ja' ? '冒頭' : 'the introduction') }, start: at.start, end: at.end,
        evidence: {
          en: `Looked for value, outcome, return or risk wording in ${names || 'the pricing'}, its parent's intro and the sections right before and after it; found none, and the proposal makes no value case elsewhere.`,
          ja: `${jaNames || '価格の部分'}、その上位の節の冒頭、直前・直後の節に価値・成果・投資対効果・リスク低減の記述が見つからず、提案書のほかの箇所にも価値の説明がありません。`,
        },
      });
    }

    // (b) Competing on price alone.
    for (const hit of clientOccurrences(context, 'price-competing')) {
      // Negated or quoted: "we don't compete on being the cheapest", 「最安値をお約束するのではなく」.
      const sentence = sentenceAt(hit.block, hit.match.start)?.text ?? '';
      if (NEGATED.test(sentence) || QUOTED.test(sentence)) continue;
      // A plain "cheapest" / 「格安」 describing one of your own options ("Fastest and cheapest: c. £210,000",
      // 「再リース（年1回・格安）」) compares options, not you with the market: only with a rival or a market is it price competition.
      if (GENERIC_CHEAP.has(hit.match.entryId) && !AGAINST.test(sentence)) continue;
      const replacement = matchCase(hit.match.text, hit.match.replace);
      report({
        messageId: 'competing',
        data: { phrase: hit.match.text },
        start: hit.start,
        end: hit.end,
        suggestions: replacement ? [{ messageId: 'reframe', data: { replacement }, edits: [{ start: hit.start, end: hit.end, text: replacement }] }] : [],
      });
    }
  },
};

/** Neighbouring parts that cannot frame a price. */
const NOT_FRAMING: ReadonlySet<Section['role']> = new Set(['credibility', 'agreement', 'next-steps', 'client-position', 'internal']);

/** Headings of a section about what the offer is worth. */
/** A currency named alone, as a table header or a unit line: GBP, (£), 「（円）」「単位：円」. */
const BARE_CURRENCY = /^\s*[(（]?\s*(?:USD|GBP|EUR|JPY|AUD|CAD|SGD|NZD|CHF|SEK|NOK|DKK|[$£€¥￥]|円|千円|万円)\s*[)）]?\s*$|単位\s*[:：]\s*(?:円|千円|万円)|[(（]\s*(?:USD|GBP|EUR|JPY|[$£€¥￥]|円|千円|万円)\s*[)）]/u;
/** A figure of a thousand or more written without a currency. */
const BARE_FIGURE = /^\s*[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9]{2})?\s*$/u;
const VALUE_HEADING = /\b(?:roi|return|business\s+case|benefits?|savings?|value|what\s+(?:it|this)\s+(?:buys|gives|means)|why\s+(?:this|it)\s+(?:pays|is\s+worth)|the\s+case\s+for|impact|outcomes?|expected\s+results?|what['’]?s\s+in\s+it\s+for\s+you|what\s+(?:this|it)\s+gets\s+(?:you|[\w&'’-]+))\b|\bwhat\s+(?:[\w'’-]+\s+){1,3}gets?\s+(?:from|out\s+of)\s+(?:it|this)\b|効果|費用対効果|投資対効果|メリット|削減効果|期待される|期待できる|見込める(?:こと|もの|効果)|得られる/iu;
const NEGATED = /\b(?:not|never|no\s+longer|rather\s+than|instead\s+of|isn['’]t|aren['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t)\b|ではなく|ではありません|ではございません|いたしません|致しません|しません|ません。?$/iu;
/** Entries that say only "cheap": price competition when set against others or the market. */
const GENERIC_CHEAP = new Set(['cheapest', 'gekiyasu']);
const AGAINST = /\b(?:than|any(?:one|\s+other)|other\s+(?:providers?|suppliers?|vendors?|firms|agencies)|competitors?|competition|market|in\s+(?:town|the\s+(?:region|area|industry|uk|us))|guarantee[ds]?|we\s+are|we['’]re|our\s+(?:prices?|rates?|fees?))\b|他社|業界|市場|地域|どこより|国内|弊社|当社|私ども|保証|自信|強み|自慢/iu;
const QUOTED = /^\s*["“「『]|["”」』]\s*$/u;
