import { ruleTester } from '../helpers.js';

ruleTester('client-name-consistency', {
  valid: [
    { name: '本文中の「常務様」は日常の敬称として指摘しない（宛名の行だけを見る）', code: '# ご提案\n\n株式会社大橋建設工業 御中\n\n12月2日：大橋常務様ご同席のもと、デモを行います。\n' },
    { name: "the client's name; a reference client in the proof", code: "---\nclient: Clearwater Home Health Services\n---\n\n# Renewal proposal for Clearwater Home Health Services\n\nIf Clearwater's headcount changes by more than 10%, we adjust the subscription.\n\n## Why us\n\nRidgeway cut onboarding time by 40% in 2025.\n" },
    { name: '会社宛てと個人宛て（御中なし）', code: '株式会社東洋ツール商会\n販売促進課 小林 様\n\n# 御見積書\n\n下記のとおりお見積り申し上げます。\n' },
    { name: 'a client named more than once is a real role (partner, reference)', code: '# Recruitment Proposal: Ironvale Games\n\n## Guarantees\n\n- 90-day guarantee on every placement with Ironvale Games\n- Ledgerline, a client since 2021, hired 12 engineers with us; Ledgerline renewed twice.\n' },
    { name: '実績の中の他社名', code: '---\nclient: 中部ケミカル株式会社\n---\n\n# 作業範囲記述書\n\n## 実績\n\n同業の北辰工業株式会社様での運用をもとにしたデモをご覧いただきました。\n' },
    { name: '常務の大橋様', code: '# ご提案\n\n株式会社大橋建設工業 御中\n\n12月2日：常務の大橋様ご同席のもと、デモを行います。\n' },
    { name: 'ご担当者様', code: '# ご提案\n\n株式会社ネクストロジ\n人事部 ご担当者様\n\n採用の課題についてご提案します。\n' },
    { name: '部署名で終わる姓（服部 様）', code: '# ご提案\n\n株式会社ネクストロジ\n工務課 課長 服部 様\n\n採用の課題についてご提案します。\n' },
    { name: 'past help is a reference', code: '---\nclient: Acme Corporation\n---\n\n# Proposal for Acme Corporation\n\nIn 2025 we helped Globex cut onboarding time by a third.\n' },
    { name: 'a product or a vendor in its own role', code: "---\nclient: Kestrel Fluid Systems\n---\n\n# Proposal for Kestrel Fluid Systems\n\nThe Salesforce implementation for Kestrel meets Microsoft's security requirements and Microsoft's licence terms.\n" },
    { name: '（株）で書かれた他社は顧客名ではない', code: '---\nclient: 株式会社みなと食品\n---\n\n# ご提案\n\n物流は(株)山陽運輸様と連携して行います。\n' },
    { name: '推薦文の肩書き', code: '# ご提案\n\n―― 製造業 代表取締役様（掲載許諾済み）\n' },
  ],
  invalid: [
    { name: "another client's name left from the last proposal", code: "---\nclient: Clearwater Home Health Services\n---\n\n# Renewal proposal for Clearwater Home Health Services\n\nIf Ridgeway's headcount changes by more than 10%, we adjust the subscription.\n", errors: [{ line: 7, column: 4, endColumn: 12, messageId: 'otherClient', data: { name: 'Ridgeway', clientName: 'Clearwater Home Health Services' }, suggestions: [{ desc: 'Replace with "Clearwater Home Health Services"', output: "---\nclient: Clearwater Home Health Services\n---\n\n# Renewal proposal for Clearwater Home Health Services\n\nIf Clearwater Home Health Services's headcount changes by more than 10%, we adjust the subscription.\n" }] }] },
    { name: 'the one the offer will help is the client', code: '---\nclient: Acme Corporation\n---\n\n# Proposal for Acme Corporation\n\nThis programme will help Globex cut onboarding time by a third.\n', errors: [{ line: 7, column: 26, endColumn: 32, messageId: 'otherClient', data: { name: 'Globex', clientName: 'Acme Corporation' }, suggestions: [{ desc: 'Replace with "Acme Corporation"', output: '---\nclient: Acme Corporation\n---\n\n# Proposal for Acme Corporation\n\nThis programme will help Acme Corporation cut onboarding time by a third.\n' }] }] },
    { name: 'the client from the title', code: '# Recruitment Proposal: Ironvale Games\n\n## Guarantees\n\n- 90-day guarantee on every placement with Ledgerline\n', errors: [{ line: 5, column: 44, endColumn: 54, messageId: 'otherClient', data: { name: 'Ledgerline', clientName: 'Ironvale Games' }, suggestions: [{ desc: 'Replace with "Ironvale Games"', output: '# Recruitment Proposal: Ironvale Games\n\n## Guarantees\n\n- 90-day guarantee on every placement with Ironvale Games\n' }] }] },
    { name: '御中と様の併用', code: '株式会社東洋ツール商会 御中\n販売促進課 小林 様\n\n# 御見積書\n\n下記のとおりお見積り申し上げます。\n', errors: [{ line: 1, column: 13, endColumn: 15, messageId: 'onchuSama', data: {} }] },
    { name: '検収の主体が他社名', code: '---\nclient: 中部ケミカル株式会社\n---\n\n# 作業範囲記述書\n\n## 検収\n\n納品後10営業日以内に、北辰工業株式会社様にて検収を実施いただきます。\n', errors: [{ line: 9, column: 13, endColumn: 21, messageId: 'otherClient', data: { name: '北辰工業株式会社', clientName: '中部ケミカル株式会社' }, suggestions: [{ desc: '「中部ケミカル株式会社」に置き換える', output: '---\nclient: 中部ケミカル株式会社\n---\n\n# 作業範囲記述書\n\n## 検収\n\n納品後10営業日以内に、中部ケミカル株式会社様にて検収を実施いただきます。\n' }] }] },
    { name: '他社の課題（株式会社のない社名）', code: '---\nclient: 株式会社みなと食品\n---\n\n# ご提案\n\n## 現状と課題\n\n現在、さくら物流様の課題は夜間の出荷にあります。\n', errors: [{ line: 9, column: 4, endColumn: 9, messageId: 'otherClient', data: { name: 'さくら物流', clientName: 'みなと食品' }, suggestions: [{ desc: '「みなと食品」に置き換える', output: '---\nclient: 株式会社みなと食品\n---\n\n# ご提案\n\n## 現状と課題\n\n現在、みなと食品様の課題は夜間の出荷にあります。\n' }] }] },
    { name: '役職名＋様（宛名の行）', code: '# ご提案\n\n株式会社大橋建設工業 御中\n\n大橋常務様\n', errors: [{ line: 5, column: 3, endColumn: 6, messageId: 'titleSama', data: { honorific: '常務様' } }] },
    { name: '(株)の略記', code: '---\nclient: 株式会社みなと食品\n---\n\n# ご提案\n\n(株)みなと食品様の物流改善についてご提案します。\n', errors: [{ line: 7, column: 1, endColumn: 9, messageId: 'abbreviated', data: { written: '(株)みなと食品', clientName: '株式会社みなと食品' } }], output: '---\nclient: 株式会社みなと食品\n---\n\n# ご提案\n\n株式会社みなと食品様の物流改善についてご提案します。\n' },
    { name: '社名の後ろの㈱', code: '---\nclient: 朝霧精工株式会社\n---\n\n# ご提案\n\n朝霧精工㈱様の保守契約の更新についてご提案します。\n', errors: [{ line: 7, column: 1, endColumn: 6, messageId: 'abbreviated', data: { written: '朝霧精工㈱', clientName: '朝霧精工株式会社' } }], output: '---\nclient: 朝霧精工株式会社\n---\n\n# ご提案\n\n朝霧精工株式会社様の保守契約の更新についてご提案します。\n' },
    { name: '部署宛ての様', code: '# ご提案\n\n株式会社ネクストロジ\n人事部様\n\n採用の課題についてご提案します。\n', errors: [{ line: 4, column: 1, endColumn: 5, messageId: 'departmentSama', data: { honorific: '人事部様' } }] },
    { name: '宛名の部長様', code: '# ご提案\n\n株式会社ネクストロジ\n人事部 部長様\n\n採用の課題についてご提案します。\n', errors: [{ line: 4, column: 5, endColumn: 8, messageId: 'titleSama', data: { honorific: '部長様' } }] },
  ],
});
