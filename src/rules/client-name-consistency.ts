import { clientNameProblems } from '../engine/client-names.js';
import type { Rule } from '../engine/rule.js';

export const clientNameConsistency: Rule = {
  meta: {
    id: 'client-name-consistency',
    type: 'problem',
    severity: 'error',
    playbook: '1, 2.2, 5',
    hasSuggestions: true,
    fixable: true,
    kinds: ['proposal', 'rfp-response', 'sow', 'quote'],
    description: {
      en: "Another organisation's name where the client belongs, or a Japanese salutation error: 御中 with 様, 様 after a title or department, (株) for 株式会社.",
      ja: '顧客名が入るべき箇所にある別の会社名、または宛名の誤り（御中と様の併用、役職名・部署名への「様」、株式会社の「(株)」表記）。',
    },
    rationale: {
      en: "Detail is trust: another client's name left from the last proposal tells the buyer the document was recycled, and a misspelt or mis-addressed name reads as not caring who they are.",
      ja: '細部の正確さが信頼になります。前の提案書から残った他社名は使い回しの証拠と受け取られ、宛名や社名の誤りは相手を大切にしていない印象を与えます。',
    },
    messages: {
      otherClient: {
        en: '"{{name}}" is not the client, "{{clientName}}". Put the client\'s name here.',
        ja: '「{{name}}」は宛先の「{{clientName}}」と異なる社名です。顧客名に直してください。',
      },
      onchuSama: {
        en: '御中 and a personal 様 are used together. Address the person with 様 alone, or the company with 御中 alone.',
        ja: '「御中」と個人宛ての「様」が併用されています。どちらか一方にしてください。',
      },
      titleSama: {
        en: '"{{honorific}}" adds 様 to a title (double honorific). Write the title alone, or the name with 様.',
        ja: '「{{honorific}}」は役職名に「様」を付けた二重敬語です。役職名のみか「氏名＋様」にしてください。',
      },
      departmentSama: {
        en: '"{{honorific}}" addresses a department with 様. Use 御中 for a department, or the person\'s name with 様.',
        ja: '部署宛てに「様」は使いません（「{{honorific}}」）。「御中」か「氏名＋様」にしてください。',
      },
      abbreviated: {
        en: '"{{written}}" abbreviates the client\'s name. Write it in full: "{{clientName}}".',
        ja: '「{{written}}」は略記です。正式名称の「{{clientName}}」と書いてください。',
      },
      replaceName: {
        en: 'Replace with "{{clientName}}"',
        ja: '「{{clientName}}」に置き換える',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: "The client's name throughout; a reference client in its own role", code: '---\nclient: Clearwater Home Health Services\n---\n\n# Renewal proposal for Clearwater Home Health Services\n\nIf Clearwater\'s headcount changes by more than 10%, we adjust the subscription.\n\n## Why us\n\nRidgeway cut onboarding time by 40% in 2025.\n' },
      { lang: 'en', kind: 'invalid', title: "Another client's name left from the last proposal", code: '---\nclient: Clearwater Home Health Services\n---\n\n# Renewal proposal for Clearwater Home Health Services\n\nIf Ridgeway\'s headcount changes by more than 10%, we adjust the subscription.\n' },
      { lang: 'ja', kind: 'valid', title: '個人宛ては様のみ（御中を付けない）', code: '株式会社東洋ツール商会\n販売促進課 小林 様\n\n# 御見積書\n\n下記のとおりお見積り申し上げます。\n' },
      { lang: 'ja', kind: 'invalid', title: '御中と様の併用', code: '株式会社東洋ツール商会 御中\n販売促進課 小林 様\n\n# 御見積書\n\n下記のとおりお見積り申し上げます。\n' },
    ],
  },
  check(context) {
    for (const p of clientNameProblems(context.model, context.shared.client)) {
      if (p.kind === 'otherClient') {
        context.report({
          messageId: p.kind, data: p.data, start: p.start, end: p.end,
          suggestions: p.replacement ? [{ messageId: 'replaceName', data: { clientName: p.replacement }, edits: [{ start: p.start, end: p.end, text: p.replacement }] }] : undefined,
        });
      } else {
        context.report({ messageId: p.kind, data: p.data, start: p.start, end: p.end, fix: p.kind === 'abbreviated' && p.replacement ? [{ start: p.start, end: p.end, text: p.replacement }] : undefined });
      }
    }
  },
};
