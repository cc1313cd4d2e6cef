import { blocksBetween, findHits, firstBlockAt } from '../engine/query.js';
import { documentTitle } from '../engine/sections.js';
import type { Rule } from '../engine/rule.js';
import type { ProseBlock, Section } from '../engine/types.js';

export const featuresWithoutOutcomes: Rule = {
  meta: {
    id: 'features-without-outcomes',
    type: 'suggestion',
    severity: 'warning',
    playbook: '4',
    kinds: ['proposal', 'rfp-response'],
    description: {
      en: 'A list of three or more features or deliverables says nothing about the outcome for the client.',
      ja: '三つ以上の機能・成果物の列挙に、顧客にとっての効果が書かれていません。',
    },
    rationale: {
      en: 'A unique selling proposition is value the buyer cannot get elsewhere. A list of features leaves the buyer to guess what they gain, and a commodity-looking list invites comparison on price; turn each feature into an outcome for this client ("so that…", "which reduces…"), in the items or in a sentence right after the list.',
      ja: '独自の価値とは、買い手が他では得られない価値です。機能の羅列では何が得られるかを買い手が推測するしかなく、汎用品に見えて価格で比較されます。各機能をこの顧客にとっての効果に言い換え（「〜により〇〇を削減」「〜できるようになります」）、項目の中か列挙の直後の文に書いてください。',
    },
    messages: {
      noOutcome: {
        en: 'This list of {{count}} items names features but no outcome; say what each changes for the client ("so that…", "saves…").',
        ja: 'この{{count}}項目の列挙には、顧客にとっての効果がありません。各項目か直後の文に効果を書いてください。',
      },
    },
    options: {
      minItems: { type: 'number', default: 3, minimum: 2, description: { en: 'The fewest items that make a feature list.', ja: '機能の列挙とみなす最小項目数。' } },
    },
    teach: { concept: 'outcome', label: { en: 'outcome words', ja: '効果を表す語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Features turned into outcomes', code: '## What\'s included\n\n- Weekly coaching, so that reps practise on live deals\n- A deal-review checklist\n- A pricing playbook\n' },
      { lang: 'en', kind: 'invalid', title: 'Features only', code: '## What\'s included\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n' },
      { lang: 'ja', kind: 'valid', title: '効果を添えた列挙', code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n\nこれにより夜間の停止時間を半減できます。\n' },
      { lang: 'ja', kind: 'invalid', title: '機能の羅列だけ', code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n' },
    ],
  },
  check({ model, lexicon, options, report }) {
    const outcome = lexicon.get('outcome');
    const value = lexicon.get('value');
    const offer = lexicon.get('heading-offer');
    const addon = lexicon.get('addon');
    const says = (blocks: readonly ProseBlock[]) => findHits(outcome, blocks).length > 0 || findHits(value, blocks).length > 0;
    const minItems = options['minItems'] as number;
    const isOffer = (s: Section | null | undefined) => !!s && !!s.heading && offer.test(s.title) && !NOT_OFFER.test(s.title);
    // Top-level lists only (model.lists): a nested list is part of its parent's items.
    for (const list of model.lists) {
      if (list.ordered || list.children.length < minItems) continue;
      const start = list.position?.start.offset ?? 0;
      const end = list.position?.end.offset ?? start;
      if (model.isInternal(start)) continue;
      const inside = blocksBetween(model, start, end);
      const section = inside[0]?.section;
      if (!section || section.internal) continue;
      // Only a list that describes the offer (what the client gets) is a feature list: under a
      // heading that names the offer, or a plain sub-heading of one. Anything else (the
      // situation, the approach, terms, exclusions, the team, references) is left alone.
      const before = blocksBetween(model, section.start, start).filter((b) => !b.internal);
      const leadIn = before.filter((b) => b.kind !== 'heading').slice(-1)[0];
      // A bold label right above the list ("**Key features**", 「**主な機能**」) names it like a heading.
      const label = leadIn && isLabel(leadIn) ? leadIn : undefined;
      const own = label ? offer.test(label.text) && !NOT_OFFER.test(label.text) : isOffer(section);
      const viaParent = !own && section.role === 'other' && !NOT_OFFER.test(section.title) && isOffer(section.parent);
      if (!own && !viaParent) continue;
      // Lead-in: the section's own text before the list; a lead-in that excludes or assigns work is no offer.
      if (leadIn && NOT_OFFER.test(leadIn.text)) continue;
      // Extras given at no charge ("Extras included at no charge", 「※いずれも追加費用はいただきません」) are the add-ons, not features to justify.
      const after: ProseBlock | undefined = model.blocks[firstBlockAt(model, end)];
      const extrasAt = [label?.text ?? section.title, leadIn?.text ?? '', after && !after.inList && after.section === section ? after.text : ''];
      const lastItem = list.children[list.children.length - 1]!;
      const lastText = model.text.slice(lastItem.position?.start.offset ?? 0, lastItem.position?.end.offset ?? 0);
      const free = (t: string) => addon.find(t).some((h) => FREE_EXTRAS.has(h.entryId) || FREE_WORDS.test(h.text));
      if (extrasAt.some((t) => t && free(t)) || (ALL_OF.test(lastText.replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, '')) && free(lastText))) continue;
      // Items that are sentences explain rather than list features: abstain.
      const words = inside.reduce((n, b) => n + (b.lang === 'ja' ? b.text.length / 3 : b.text.split(/\s+/).length), 0);
      if (words / list.children.length > 12) continue;
      // Japanese items written as sentences (〜します) describe the work, not a bare feature.
      if (inside.filter((b) => /(?:ます|です)[。．]?$/.test(b.text.trim())).length * 2 > list.children.length) continue;
      // The outcome can stand anywhere a reader looks: the items, the heading, the section's
      // intro and lead-in, the paragraph after the list, the parent's intro, and a sibling
      // section right after ("Why this matters", "導入効果").
      // In the items, an outcome counts when most items carry one: one "so that…" in six features is still a feature dump (a third of them is enough).
      const items = list.children.map((item) => blocksBetween(model, item.position?.start.offset ?? 0, item.position?.end.offset ?? 0));
      if (items.filter((b) => says(b)).length * 3 >= list.children.length) continue;
      // Measured commitments ("Rewash rate below 2%", 「応答は30分以内」) state what the client gets, not bare features.
      if (items.filter((b) => b.some((x) => MEASURED.test(x.text))).length * 3 >= list.children.length) continue;
      const context = [...before];
      if (after && !after.inList && after.section === section) context.push(after);
      // The parent's intro (not the document title's: that is the whole proposal's opening).
      const parent = section.parent && section.parent !== documentTitle(model.sections) ? section.parent : null;
      if (parent) context.push(...blocksBetween(model, parent.start, parent.ownEnd));
      // A sibling right after whose heading is about the outcome ("Why this matters", 「導入効果」).
      const next = nextSibling(model, section);
      // Tiers under one offer heading ("Packages" / "### Spark", "### Launch") share the section right after that heading ("What you get").
      const parentNext = parent && (viaParent || isOffer(parent)) ? nextSibling(model, parent) : undefined;
      let answered = false;
      for (const [candidate, near] of [[next, next ? next.start - end < 600 : false], [parentNext, true]] as const) {
        if (!candidate?.heading || !near || !(outcome.test(candidate.title) || value.test(candidate.title) || OUTCOME_HEADING.test(candidate.title))) continue;
        // A section that names itself the outcome ("What the hospice gets from it", 「導入で得られるもの」) is the answer, whatever its words.
        if (OUTCOME_HEADING.test(candidate.title) && blocksBetween(model, candidate.start, candidate.ownEnd).some((b) => b.kind !== 'heading')) answered = true;
        context.push(...blocksBetween(model, candidate.start, candidate.ownEnd));
      }
      if (answered || says(context)) continue;
      const firstItem = list.children[0]!;
      const itemEnd = model.text.indexOf('\n', firstItem.position?.start.offset ?? start);
      report({
        messageId: 'noOutcome', data: { count: list.children.length }, start, end: itemEnd === -1 ? end : Math.min(itemEnd, end),
        evidence: {
          en: `A list under "${label?.text ?? section.title}" (the offer). Looked for an outcome in its items, the lead-in, the section's intro, the parent's intro, the paragraph after it and an outcome section next to it; found none.`,
          ja: `提案内容（「${label?.text ?? section.title}」）の列挙です。各項目・前置き・節の冒頭・親の節の冒頭・直後の段落・隣の効果の節で顧客にとっての効果を探しましたが見つかりませんでした。`,
        },
      });
    }
  },
};

/** A measured level of service: a percentage, or a limit on a figure ("below 2%", "within 4 hours", 「30分以内」). */
const MEASURED = /[0-9０-９]\s?[%％]|(?<![A-Za-z])(?:below|under|within|less\s+than|at\s+least|no\s+more\s+than|up\s+to)\s+[0-9]|[0-9０-９]+\s?(?:分|時間|日|営業日)以内|[0-9０-９]+\s?[%％]?(?:以上|以下|未満)/iu;

/** Headings that introduce what the offer does for the client. */
const OUTCOME_HEADING = /\b(?:why\s+(?:this|it)\s+matters|benefits?|what\s+(?:this|it)\s+means|outcomes?|results?|impact|what\s+you\s+gain|what\s+you(?:['’]ll|\s+will)?\s+get|what['’]?s\s+in\s+it\s+for\s+you)\b|\bwhat\s+(?:[\w'’-]+\s+){1,3}gets?\s+(?:from|out\s+of)\s+(?:it|this)\b|効果|メリット|得られる|期待/iu;

/** Add-on entries that say the extra costs nothing ("at no charge", 無償, 特典, "value-added services"). */
const FREE_EXTRAS = new Set(['no-charge', 'value-added', 'tokuten', 'onboarding-setup']);
/** An add-on hit that says it costs nothing, whichever entry it came from. */
const FREE_WORDS = /\bfree\b|\bno\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b|complimentary|無償|無料|特典|追加(?:料金|費用)なし|いただきません|いただかず|(?:費用|料金|代金|追加料金)(?:は|が|も)?(?:一切)?かかりません/iu;
/** A closing item that speaks for the whole list: 「いずれも…」, "all of the above…". */
const ALL_OF = /^\s*[※＊*]?\s*(?:いずれも|上記(?:は|の)?(?:いずれも|すべて|全て)?|以上(?:は|の)|これらは?)|\ball\s+(?:of\s+(?:these|the\s+above)|included|above)\b/iu;

/** The section after this one at its own level (the next child of its parent), if any. */
function nextSibling(model: { sections: readonly Section[] }, section: Section): Section | undefined {
  const siblings = section.parent?.children ?? model.sections.filter((s) => s.depth === section.depth);
  return siblings[siblings.indexOf(section) + 1];
}

/** A paragraph that is only a short bold label ("**Key features**", "**Scope:**"). */
function isLabel(block: ProseBlock): boolean {
  const node = block.node as { type: string; children?: Array<{ type: string }> };
  return node.type === 'paragraph' && node.children?.length === 1 && node.children[0]!.type === 'strong' && block.text.length <= 60;
}

/** Headings and lead-ins of lists that are not the offer: exclusions, assumptions, the client's part. */
const NOT_OFFER = /\b(?:not\s+included|in\s+scope|excluded|exclusions?|excluding|out\s+of\s+scope|assum(?:e|es|ption|ptions)|(?:you|the\s+client)\s+(?:will\s+)?provides?|responsibilit(?:y|ies)|requirements?|prerequisites?|dependencies|you(?:['’]ll|\s+will)\s+(?:need|provide)|we\s+need\s+from\s+you|from\s+you)\b|含まれるもの|に含まれる|含まれない|含まない|対象外|除く|除外|前提|ご用意|ご準備|お客様(?:に|の)(?:て|ご)?(?:ご用意|ご準備|ご対応)/iu;
