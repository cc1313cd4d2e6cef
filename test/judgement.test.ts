/**
 * Judgement that spans rules: document kinds, the final stage, where a section ends, the
 * walk-away point recorded in the team's words, and internal regions the model finds.
 */
import assert from 'node:assert/strict';
import { buildModel, lint, readiness, lexiconWith } from '../src/index.js';
import { lintFile } from '../src/app/lint.js';

const ids = (text: string) => lint(text).map((f) => f.ruleId);

describe('section roles from headings', () => {
  const role = (text: string, title: string) => buildModel(text).sections.find((s) => s.title === title)?.role;
  it('a part given at no charge is an add-on, not a price section: 「研修後のフォロー（費用はいただきません）」', () =>
    assert.equal(role('# ご提案\n\n## 研修後のフォロー（費用はいただきません）\n\n報告書をお届けします。\n', '研修後のフォロー（費用はいただきません）'), 'value-add'));
  it('"Aftercare (at no charge)" is an add-on', () => assert.equal(role('# Proposal\n\n## Aftercare (at no charge)\n\nA review at 3 months.\n', 'Aftercare (at no charge)'), 'value-add'));
  it('"Pricing (no charge for set-up)" is still the price section', () => assert.equal(role('# Proposal\n\n## Pricing (no charge for set-up)\n\n$4,000 a month.\n', 'Pricing (no charge for set-up)'), 'pricing'));
  it('「（費用はいただいておりません）」も無償の付帯サービス', () => assert.equal(role('# ご提案\n\n## 導入後のサポート（費用はいただいておりません）\n\n月1回の点検を行います。\n', '導入後のサポート（費用はいただいておりません）'), 'value-add'));
  it('「費用（初期費用は無料）」は価格の節のまま', () => assert.equal(role('# ご提案\n\n## 費用（初期費用は無料）\n\n月額4万円。\n', '費用（初期費用は無料）'), 'pricing'));
});

describe('document kinds', () => {
  const cases: Array<[string, string, string]> = [
    ['front matter kind: sow', '---\nkind: sow\n---\n\n# Work for Acme\n', 'sow'],
    ['front matter kind: 見積書', '---\nkind: 見積書\n---\n\n# 御見積\n', 'quote'],
    ['a quotation title', '# QUOTATION Q-2611-0347\n\n## Line items\n', 'quote'],
    ['a 御見積書 title', '# 御見積書\n\n## 取引条件\n', 'quote'],
    ['a statement of work', '# Statement of Work: Fitting Development\n', 'sow'],
    ['作業範囲記述書', '# 作業範囲記述書（SOW）\n', 'sow'],
    ['standard terms after a letterhead heading', '# Brennan Ashdown Architects + Engineers, PC\n\n## Standard Terms of Engagement\n\n1. Scope.\n', 'contract'],
    ['業務委託契約書', '# 業務委託契約書\n\n第1条（目的）\n', 'contract'],
    ['a tender reference on the cover', '# Digital Services Programme\n\n**Tender reference:** WCC/2026/0147\n\n## 1. Introduction\n', 'rfp-response'],
    ['a proposal by default', '# Proposal for Acme\n\n## Your situation\n', 'proposal'],
    ['「ご提案」 is a proposal', '# 人材紹介サービスのご提案\n', 'proposal'],
    ['取引条件書 is the terms', '# 人材紹介サービス　取引条件書（案）\n\n## 第1条（目的）\n', 'contract'],
    ['提案書【価格編】 is the price volume', '# 次期生産管理システム構築 提案書【価格編】\n\n## 1. 費用総括\n', 'quote'],
    ['a fee proposal is the price volume', '# Fee Proposal for Architectural and Engineering Services\n\n## 1.0 Basis of Fee\n', 'quote'],
    ['a proposal that answers the RFP twice over', '# Proposal for Architectural Services\n\nAs required by Section 6 of the RFP, our fee is enclosed separately.\n\n## Approach\n\nFrom the RFP and our call, the priorities are clear.\n', 'rfp-response'],
    ['one passing mention of an RFP stays a proposal', '# Proposal for Acme\n\nUnlike a formal RFP, this is a short proposal.\n', 'proposal'],
    ['「業務委託 企画提案書」は公募への応募', '# 令和9年度「広報がくほく」企画編集・印刷業務委託 企画提案書（案）\n\n## 1. はじめに\n', 'rfp-response'],
    ['「提案依頼書」に二度触れる提案書は RFP への回答', '# 次期生産管理システム構築 提案書\n\n本書は、貴社の提案依頼書に対する提案です。\n\n## 1. はじめに\n\n提案依頼書の要件に沿って記載します。\n', 'rfp-response'],
    ['a quote by name ("Renewal quote – …")', '# Renewal quote – welding consumables 2027\n\n**To:** Dave\n', 'quote'],
    ['a price summary is a quote', '# Price Summary: NLG Compliance Library\n\n| Module | Total |\n|---|---|\n| 1 | 24,900 |\n', 'quote'],
    ['a rate card is a quote', '# Rate card and team shapes for Brenner\n\n## Rates\n', 'quote'],
    ['a schedule of services is the statement of work', 'Schedule of Services\n====================\n\nChandlery Wharf, Bristol\n\n1. Stage 2\n---------\n', 'sow'],
    ['「研修実施計画書」は作業範囲の記述', '# 管理職研修　実施計画書\n\n## 1. 目的\n', 'sow'],
    ['「顧問料金表」は見積', '# 顧問料金表\n\n株式会社サンプル 御中\n\n## 第1　顧問料（月額・税抜）\n', 'quote'],
    ['a letter confirming the fees is a quote', '**Oyelaran Legal Operations Ltd**\n\n30 November 2026\n\nDear Helen,\n\n**Contract Management Review — confirmation of fees (ref. FHI-41)**\n\nI set out the fees below.\n\n**1. Fees**\n\nPhase 1: £36,500.\n\n**2. Payment**\n\nMonthly.\n', 'quote'],
    ['a tender\'s cost proposal volume under an RFP title is the quote', '# Scioto Valley Health System — RFP No. SVHS-2026-EVS-07\n\n## Cost Proposal (Volume II)\n\n**Submitted by:** Keystone\n', 'quote'],
    ['a broker services fee agreement is a contract', '# Broker Services Fee Agreement\n\n## 1. Services\n', 'contract'],
    ['「技術提案書」は公募への技術提案', '# 技術提案書\n\n**業務名**　令和8年度 橋梁定期点検業務\n\n## 第1章　業務の理解\n', 'rfp-response'],
    ['「見　積　書」と字間を空けた題も見積', '# 見　積　書\n\n令和8年10月16日\n\n北央市長　様\n', 'quote'],
    ['「業務委託に関する覚書（案）」は契約', '---\ntitle: 業務委託に関する覚書（案）\n---\n\n第1条（目的）\n', 'contract'],
    ['「工事請負契約の主な条件（案）」は契約', '工事請負契約の主な条件（案）\n====\n\n2026年11月25日\n\n## 1. 工期\n', 'contract'],
    ['a contract variation is a contract', '# Contract Variation No. 1 – Addition of Food Waste Streams\n\n**Contract ref:** FSL-044\n', 'contract'],
    ['「お見積りのご検討状況について」は見積ではない', '**件名：お見積りのご検討状況について**\n\n有限会社 平川建設\n専務取締役　平川 由美子 様\n\nいつもお世話になっております。\n', 'proposal'],
    ['a final offer by name stays the offer, whatever quote number it cites', '# Final Offer — Selling Value, Not Price\n\n**Quote DF-2026-041** · 24 November 2026\n\n## What changes\n', 'proposal'],
    ['a schedule of prices is a quote', 'Appendix C — Schedule of Prices\n===============================\n\n## Division 1\n', 'quote'],
    ['an annual price sheet is a quote', '**Sullivan Grounds Co.** – 2027 Annual Price Sheet\n\n**Monthly service**\n\n**Seasonal extras 2027**\n', 'quote'],
    ['「見積内訳書」は見積', '見積内訳書\n==========\n\n**件名**　会員管理システム改修業務\n', 'quote'],
    ['「業務計画書」は作業範囲の記述', '# 業務計画書\n\n**業務名**：道路台帳整備業務\n\n# 第1章　業務概要\n', 'sow'],
    ['a summary of agreed terms is a contract', '# Open Futures Partnership 2026 — Summary of Agreed Terms\n\n**Between:** Open Road Skills and Harcourt & Lane Bank plc\n', 'contract'],
    ['an annex of service terms is a contract', '# Annex 7 – Service Concept and Service Terms\n\n## 1. Scope\n', 'contract'],
    ['a change request amends the statement of work', '# Change Request CR-07: EDI integration\n\n## Change\n', 'sow'],
    ['a front-matter doc line that names a tender response', '---\ndoc: NCC tender NCC/TR/2026/114 response\n---\n\n# Northvale County Council\n\n## Approach\n', 'rfp-response'],
    ['a tender named by its reference number', '# Northvale County Council\n\n## Tender NCC/TR/2026/114: EV charging, phase 2\n', 'rfp-response'],
    ['「御質問に対する補足説明書」は入札への回答', '# ヒアリングにおける御質問に対する補足説明書\n\n## 1. 高齢者への伝達\n', 'rfp-response'],
    ['front-matter doc: 提案書 stays a proposal', '---\ndoc: 提案書\n---\n\n# ご提案\n', 'proposal'],
    ['a proposal and quote by name stays a proposal', '# Proposal and quote for Acme\n\n## Your situation\n', 'proposal'],
    ['条件書 is the terms', '# 顧問契約 条件書（案）\n\n株式会社サンプル 御中\n\n**1. 契約期間**\n', 'contract'],
    ['front matter doc_type: order_form', '---\ndoc_type: order_form\n---\n\n# Halvorsen Logistics\n', 'quote'],
    ['a tender\'s price volume named under the title', 'Pennine University – Cleaning Services\n====\n\nTender Response – Volume 2: Commercial Response and Price Schedule\n----\n\n### 1. Summary of Price\n', 'quote'],
    ['an order form by name', '# Order Form: Crewbase for Halvorsen\n', 'quote'],
    ['a cover line "Quote for …" under a plain title', '# Two more flavours and a big bag\n\n*Quote for extending the new packs*\n\n## What you asked for\n', 'quote'],
    ['a budget breakdown is a quote', '# Budget Breakdown — Vantage SKO 2027\n\n## Venue\n', 'quote'],
    ['a cover line "Quote QE-2026-118"', '# Vantage SKO 2027, Lisbon\n\n**Quinlan Events** · Quote QE-2026-118 · 30 October 2026\n\n## Venue\n', 'quote'],
    ['a service agreement is a contract', '# Linen Rental and Laundry Service Agreement\n\n## 1. Definitions\n', 'contract'],
    ['a proposal for a supply agreement stays a proposal', 'Bulk Nitrogen Supply Agreement – Proposal\n====\n\n**Fairbrook Foods**\n', 'proposal'],
    ['an agreement summary is the terms', '# Managed Security Service: Agreement Summary\n\n## 1. Term\n\nTwelve months from 1 January 2027.\n', 'contract'],
    ['front-matter doc: a service agreement summary', '---\ndoc: Service agreement summary (goes with the MSA)\n---\n\n# Managed security for Acme\n\n## 1. Term\n', 'contract'],
    ['「業務委託契約 主要条件（案）」は契約', '# 清掃業務委託契約　主要条件（案）\n\n## 1. 契約の基本事項\n', 'contract'],
    ['a tender\'s commercial submission named under its title', '# Skerryvore East Offshore Wind Farm\n\n## Commercial Submission (Envelope 2)\n\n### 1. Basis of Pricing\n', 'quote'],
    ['a financial proposal under a tender title', '# RFP No. 2026-07: Energy services\n\n## Financial Proposal\n\n### Fees\n', 'quote'],
    ['a booking confirmation is a quote', '# Booking Confirmation (Revised Dates)\n\n## Fees\n\n| Day | Fee |\n|---|---|\n| 8 March | £900 |\n', 'quote'],
    ['「注文請書」は見積の側', '# 注文請書\n\n株式会社サンプル 御中\n\n| 品名 | 金額 |\n|---|---|\n| 保守 | 120,000円 |\n', 'quote'],
    ['a reply to a post-tender clarification request', 'Dunmore Engineering Ltd\n\nYour ref: SKE-PKG-OE-001 / Post-Tender Clarification Request No. 1\n\nDear Fiona,\n\n## CQ-01\n\nWe confirm the availability.\n', 'rfp-response'],
    ['a summary of principal terms is the terms', 'Maple Ridge District — Guaranteed Energy Savings Contract\n====\n\nSummary of Principal Terms (Draft for District Review)\n----\n\n### 1. Parties\n', 'contract'],
    ['a letter about renewing an agreement is no agreement', 'Kerr Data Protection\n\n28 October 2026\n\n**Re: Renewal of DPO Services Agreement dated 26 June 2026**\n\nDear Conor,\n\nI would like to continue as your DPO.\n', 'proposal'],
    ['a letter whose bold lines read as headings, about an agreement', 'Kerr Data Protection\n\n28 October 2026\n\n**By email**\n\n**Re: Renewal of DPO Services Agreement dated 26 June 2026**\n\nDear Conor,\n\n**1. The first six months**\n\nIt went well.\n', 'proposal'],
    ['「保守サービス契約 更新のご案内」は契約書ではない', '# 保守サービス契約 更新のご案内\n\n## 1. 更新後の条件\n', 'proposal'],
    ['「価格提案書」は見積の側', '# 価格提案書\n\n芳川市長 様\n\n## 1. 提案価格\n\n| 区分 | 金額（税抜） |\n|---|---|\n| 初期導入費用 | 12,000,000円 |\n', 'quote'],
    ['「労働者派遣契約 主な条件（案）」は契約', '# 労働者派遣契約 主な条件（案）\n\n## 1. 派遣の概要\n', 'contract'],
    ['a fee proposal in a tender\'s envelope B', '# Thornleigh Community Library: Architectural Design Services\n\n## Fee Proposal (Envelope B)\n\n### 1. Basis of this fee proposal\n', 'quote'],
    ['a pricing form under an RFP', '# ATTACHMENT C — PRICING FORM\n\n## RFP No. 758-26-0093 — Access Control, Phase 2\n\n### C.1 Unit prices per opening\n', 'quote'],
    ['a priced bill of quantities', 'Priced BoQ summary, Vasagatan 28\n====\n\nBreakdown of the tender sum of 2026-10-02.\n\n1 Site establishment\n----\n', 'quote'],
    ['an ÄTA (a Swedish change order) with its price', '# ÄTA 01: Glazed fronts to associate offices\n\n## Change\n\nTen glazed fronts.\n\n## Price\n\nSEK 184,000 excl. moms.\n', 'quote'],
    ['「費用のご案内」は見積の側', '# 費用のご案内\n\n## 1. いただく費用\n\n着手金　8万円（税別）\n', 'quote'],
    ['a response under an RFT number', '# RFT MRGG-2026-04 – Response to clarification questions\n\nDear Karen,\n', 'rfp-response'],
    ['a letter without headings named by its bold subject line', '株式会社北陽建設\n土木部長　高橋 誠 様\n\n**工期変更に伴う変更見積のご案内**\n\n下記のとおり変更見積書をお送りいたしますので、ご査収くださいますようお願い申し上げます。\n\n■ 送付書類\n\n- 変更見積書　1部\n\n■ 変更金額\n\n- 増額：495,000円（税別）\n', 'quote'],
    ['「技術提案書」の見出しの後の募集要項は表紙のうち', '# 東地区コミュニティセンター設計業務\n\n# 技術提案書\n\n令和8年10月16日\n\n「公募型プロポーザル募集要項」に基づき、技術提案書を提出いたします。\n\n## 1. 業務概要\n', 'rfp-response'],
    ['an appendix on pricing is the quote', '# Appendix B – Pricing\n\n**RFP:** PCB/PROC/2026/047\n\n## B.1 Unit rates\n', 'quote'],
    ['「別紙2 お見積り」は見積の側', '# 別紙2　お見積り\n\n## 1. 費用\n', 'quote'],
    ['an appendix on the method stays a proposal', '# Appendix C – Method\n\n## Interviews\n', 'proposal'],
    ['「仕様確認書」は作業範囲の記述', '# 仕様確認書（案）\n\n**業務名**：多言語観光ウェブサイト再構築業務委託\n\n## 1. 対象言語・ページ数\n', 'sow'],
    ['a scope confirmation is not a proposal by default: 「業務内容確認書」', '# 業務内容確認書\n\n## 1. 業務の範囲\n', 'sow'],
    ['「報酬基準表」は見積の側', '# 担保不動産評価 報酬基準表（令和8年10月版）\n\n株式会社駿河中央銀行 審査部 御中\n\n## 1. 適用\n', 'quote'],
    ['a fee schedule is a quote', '# Fee schedule: valuation services for Harbour Bank\n\n## 1. Basic fees\n', 'quote'],
    ['a schedule of fees is a quote', '# Schedule of Fees 2027\n\n## Hourly rates\n', 'quote'],
    ['a subtitle under the title that holds the sections names a quote', '# Wharf Lane, Leeds – Additional Services\n## Quotation for design evidence to the planning appeal\n\nTo: James Okafor\n\n### 1. Background\n\nText.\n\n### 2. Fee\n\n£32,000.\n', 'quote'],
    ['a first section is no subtitle: 「# ご提案書」「## お見積り」', '# ご提案書\n\n## お見積り\n\n総額480万円です。\n', 'proposal'],
    ['a subtitle that says proposal leaves it a proposal', '# Chandlery Wharf, Bristol\n## Architectural Services — Fee Proposal\n\n### Our understanding of the brief\n\nText.\n', 'proposal'],
    ['「副題」が見積りを名乗る', '# 北辰精機様 AMB 2026 出展\n## ブース施工・運営のお見積書\n\n株式会社北辰精機 御中\n\n### 1. 施工\n\n本文。\n', 'quote'],
    ['a bold line above body headings names the document: "Quotation QLA-Q-2026-1187"', '**Q-Lab Analytical GmbH — Quotation QLA-Q-2026-1187**\n\nTo: Mette Kjær\n\n### Scope\n\n- 3 samples\n\n### Price\n\n| Item | EUR |\n|---|---:|\n| Study | 9,400 |\n', 'quote'],
    ['「運賃表」は見積の側', '株式会社ときわストア 物流部 御中\n\n■ 共同配送 運賃表（案）\n=======================\n\n■ 1．基本運賃\n\n| 温度帯 | 単価 |\n|---|---:|\n| 冷蔵 | 47.0円 |\n', 'quote'],
    ['「〜のお見積りについて」に料金表があれば見積', '2026年9月15日\n\n三協コミュニティサービス株式会社 御中\n\n**令和9年度　植栽管理のお見積りについて**\n\n拝啓　時下ますますご清栄のこととお慶び申し上げます。先日ご依頼いただきましたお見積りをお送りいたします。\n\n| 作業内容 | 金額（税込） |\n|---|---|\n| 定期巡回 | 132,000円 |\n', 'quote'],
    ['a cover letter whose title names its enclosure in brackets stays a quote: 「（変更見積書添付）」', '# 工期変更に伴う変更のご案内（変更見積書添付）\n\n株式会社サンプル 御中\n\n## 変更内容\n\n本文。\n', 'quote'],
    ['a dated reference in brackets is no enclosure: 「（9月10日付ご提案書の補足）」', '# 運用体制について（9月10日付ご提案書の補足）\n\n## 1. 体制\n\n本文。\n', 'proposal'],
    ['「運賃表示器」は運賃表ではない', '# 運賃表示器更新のご提案\n\n## 現状\n\n本文。\n', 'proposal'],
    ['「フィードインタリフ」はタリフ（料金表）ではない', '# フィードインタリフ（FIT）終了後の自家消費のご提案\n\n## 現状\n\n本文。\n', 'proposal'],
    ['「〜のお見積りの件」に料金表があれば見積', '2026年9月15日\n\n三協コミュニティサービス株式会社 御中\n\n**植栽管理のお見積りの件**\n\nお見積りをお送りいたします。\n\n| 作業内容 | 金額（円） |\n|---|---|\n| 定期巡回 | 132,000 |\n', 'quote'],
    ['「ご質問への回答」は入札の質疑', '# 青葉市ふるさと納税推進業務委託　ご質問への回答\n\n## 1. 体制\n\n本文。\n', 'rfp-response'],
    ['a bold subject line that opens with the client\'s 株式会社 is no letterhead', '2026年10月8日\n\n**株式会社ときわストア様　共同配送のお見積り**\n\n| 温度帯 | 単価 |\n|---|---:|\n| 冷蔵 | 47.0円 |\n\n### 条件\n\n本文。\n', 'quote'],
    ['an attachment on the budget is the quote', '# Attachment B: Budget and Budget Narrative\n\n**In response to RFP No. FRLF-2026-02**\n\n## B.1 Budget summary\n\nText.\n', 'quote'],
    ['a returnable priced schedule is the quote', '# Returnable Schedule 2: Priced Schedule (Rev B)\n\n## 1. Basis of Pricing\n\nText.\n', 'quote'],
    ['「〜のお見積りについて」で表がなければ見積についての手紙', '2026年9月15日\n\n三協コミュニティサービス株式会社 御中\n\n**令和9年度　植栽管理のお見積りについて**\n\n拝啓　先日お送りしたお見積りのご検討状況をお伺いしたく、ご連絡いたしました。\n', 'proposal'],
    ['a proposal that writes 実施要領 as its own deliverable stays a proposal', '# 研修のご提案\n\n研修実施要領を作成し、受講者にお配りします。\n\n## 1. 進め方\n\n研修実施要領に沿って進めます。\n', 'proposal'],
    ['「決算公告された」は入札の公告ではない', '# 登記手続きのご提案\n\n貴社の決算公告された内容を確認しました。\n\n## 1. 手続き\n\n公告に基づく手続きをご支援します。\n', 'proposal'],
    ['a plain "ITEMIZED ESTIMATE" line under the letterhead names a quote', 'PORTER CONCRETE & PAVING, LLC\n4318 S. 49th W. Ave, Tulsa, OK 74107\n\nITEMIZED ESTIMATE\n\nDATE: April 20, 2026\n\n| Item | Amount |\n|---|---:|\n| Base | $12,000 |\n', 'quote'],
    ['a change order is priced work on a signed contract: a quote', 'PORTER CONCRETE & PAVING, LLC\n\nCHANGE ORDER NO. 1\n\nDATE: May 27, 2026\n\n| Item | Amount |\n|---|---:|\n| Curb repair | $4,200 |\n', 'quote'],
    ['「価格内訳書」は見積書として扱う', '# 価格内訳書\n\n## 入退室管理システム更新業務\n\n本書は、入札書記載金額の内訳を示すものである。\n', 'quote'],
    ['「紹介手数料のご案内」は見積書として扱う', '# 紹介手数料のご案内\n\n## 1. 基本的な考え方\n\n本文。\n', 'quote'],
    ['costed options are the quote', '# Visitor Survey 2026–27 — costed options\n\n## Options at a glance\n\nText.\n', 'quote'],
    ['a monitoring budget is the quote', '# Monitoring Budget: Study CBT-417-201\n\n**Sponsor:** Calder Bay Therapeutics\n\n## Per-visit fees\n\nText.\n', 'quote'],
    ['「質問書への回答」は入札時の質問への回答として扱う', '# 〇〇市庁舎清掃業務委託　技術提案に関する質問書への回答\n\n## 質問1　工期について\n\n本文。\n', 'rfp-response'],
    ['a cost estimate is the quote', '# Halcyon Biotech Sales Kickoff: Cost Estimate & Deposit Schedule\n\n## At a glance\n\nText.\n', 'quote'],
    ['「報酬額のご案内」は見積書として扱う', '有限会社 丸山塗装\n代表取締役　丸山 健一 様\n\n## 報酬額のご案内\n\n### 1. 建設業許可の新規申請\n\n本文。\n', 'quote'],
    ['a response to clarification questions answers a tender', '# Response to Clarification Questions – Lot 2\n\nDear Ms Thorne,\n\n## CQ1\n\nText.\n', 'rfp-response'],
    ['「公告」「実施要領」に応じる企画提案書は公募への提案（rfp-response）', '# 令和8年度 白浜町インバウンド誘客促進業務 企画提案書\n\n令和8年4月24日付で公告のありました標記業務について、実施要領及び仕様書の内容を承知のうえ、提出いたします。\n\n## 1. 業務の理解\n\n本文。\n', 'rfp-response'],
    ['「実施要領」に一度触れただけなら提案書のまま', '# 白浜町 御中 体験型観光のご提案\n\n観光庁の事業実施要領の考え方も参考に、プランを組み立てました。\n\n## 1. 現状\n\n本文。\n', 'proposal'],
  ];
  for (const [name, text, kind] of cases) it(name, () => assert.equal(buildModel(text).kind, kind));

  it('a quote gets no "missing" findings a proposal would', () => {
    const quote = '# QUOTATION Q-1\n\n| Item | Qty | Price |\n|---|---|---|\n| Valve | 2 | $1,200 |\n\nValid until 31 January 2027.\n';
    assert.deepEqual(ids(quote).filter((id) => id.startsWith('missing-')), []);
  });
  it('standard contract terms get only the agreement checks', () => {
    const terms = '# Master Services Terms\n\n## 1. Payment\n\nInvoices are payable within 30 days.\n';
    assert.deepEqual([...new Set(ids(terms))], ['missing-agreement-safeguards']);
  });
  it('見積書 には提案書向けの「ない」指摘をしない', () => {
    const quote = '# 御見積書\n\n株式会社サンプル 御中\n\n| 品名 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| シャフト | 10 | 1,200円 | 12,000円 |\n\n有効期限：2027年1月31日\n';
    assert.deepEqual(ids(quote).filter((id) => id.startsWith('missing-')), []);
  });
});

describe('the final stage', () => {
  for (const stage of ['final', 'BAFO', '最終', '最終提案']) {
    it(`stage: ${stage}`, () => assert.equal(buildModel(`---\nstage: ${stage}\n---\n\n# P\n`).finalStage, true));
  }
  it('a best-and-final title', () => assert.equal(buildModel('# Best and Final Offer for Acme\n').finalStage, true));
  it('「最終ご提案書」の題名', () => assert.equal(buildModel('# 営業研修 最終ご提案書\n').finalStage, true));
  it('a sentence in the body is no title', () => assert.equal(buildModel('This is our final offer.\n').finalStage, false));
  it('stage: 最終 silences premature-ultimatum', () => {
    assert.deepEqual(ids('---\nstage: 最終\n---\n\n# ご提案\n\n本金額は最終提示です。\n').filter((id) => id === 'premature-ultimatum'), []);
  });
});

describe('a later round of a relationship (credentials and the client\'s position were stated before)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a revised proposal', '# Revised proposal for Acme\n', true],
    ['a renewal', '# Renewal proposal 2027: Acme support\n', true],
    ['an opening that refers to the earlier proposal', '# Acme: options for 2027\n\nFollowing our proposal of 30 September, here are two options.\n', true],
    ['a first proposal', '# Proposal for Acme\n\nThank you for meeting us.\n', false],
    ['a website renewal is a redesign, not a renewal of the contract', '# Proposal for Acme\n\nWe redesign your site.\n', false],
    ['「再提案書」', '# 株式会社サンプル様 再提案書\n', true],
    ['「顧問契約の継続」', '# 顧問契約の継続についてのご提案\n', true],
    ['「9月30日のご提案」に触れる書き出し', '# 最新のご案内\n\n9月30日のご提案以降、皆様にご検討いただきました。\n', true],
    ['an opening that refers to the readout of work done', '# Fernway: what comes next\n\nDear Helen,\n\nThank you for last Friday\'s readout.\n', true],
    ['「補足説明書」は提出済みの提案の続き', '# ヒアリングにおける御質問に対する補足説明書（案）\n', true],
    ['「導入3か月のふりかえり」は既存顧客への提案', '# 予約管理 導入3か月のふりかえりと、これからのご提案\n', true],
    ['a quarterly business review', '# Acme: Quarterly Business Review and next quarter\n', true],
    ['a 90-day review', '# Greeley pilot: 90-day review and proposal\n', true],
    ['a reply to clarification questions', '# RFT MRGG-2026-04 – Response to Agronomy Committee clarification questions\n', true],
    ['「ご質問への回答書」は提出済みの提案の続き', '# 窓口支援システム導入業務 ご質問への回答書\n', true],
    ['「協議事項（質問）への回答について」は提出済みの提案の続き', '令和8年11月20日\n\n芳川市窓口DX推進事業に係る契約前協議事項（質問）への回答について\n====\n\n## 1. 回答\n', true],
    ['a fee letter following the shortlist, by its front matter', '---\ndocument: Fee letter following shortlist, Project Calder\n---\n\nDear Elizabeth,\n\nThe shortlist went well.\n', true],
    ['「追加のご提案」は既存の取引の続き', '# 食物アレルギー対応に関する追加のご提案\n\n## 1. 対応の基本方針\n', true],
    ['設備の「更新工事」は契約の更新ではない', '# 空調設備 更新工事のご提案\n\n老朽化した空調を入れ替えます。\n', false],
    ['初回の提案', '# 勤怠システムのご提案\n\n先日はありがとうございました。\n', false],
    ['a title that names phase 2 of the work', '# Proposal: Phase 2, Putting the New Pay Structure into Practice\n\n## Where Phase 1 left things\n', true],
    ['題名が「第2期のご提案」なら続きの提案', '# 人事制度改定 第2期のご提案\n\n## 第1期の振り返り\n', true],
    ['「第2期計画策定支援のご提案」は自治体の計画の名で、続きの提案ではない', '# 第2期計画策定支援のご提案\n\n## 1. 背景\n', false],
    ['「フェーズⅡのご提案」は続きの提案', '# 基幹システム刷新 フェーズⅡのご提案\n\n## 1. フェーズⅠの振り返り\n', true],
    ['「料金についてのお願い」は取引のあるお客様への手紙', '件名：2027年1月以降の翻訳・通訳料金についてのお願い\n\nノルディア・メディカル・ジャパン株式会社\n薬事部 課長 藤田 直子 様\n\nいつも大変お世話になっております。\n', true],
    ['a request about the rates is a letter to a client of long standing', '# A request about our 2027 rates\n\nDear Naoko,\n', true],
    ['a "Phase 2" section of a first proposal is no later round', '# Proposal for Midtown Dental\n\n## Phase 1\n\nText.\n\n## Phase 2\n\nText.\n', false],
    ['初回提案の中にある「第2期」の節では続きの提案にならない', '# 人事制度改定のご提案\n\n## 第1期\n\n本文。\n\n## 第2期の計画\n\n本文。\n', false],
  ];
  for (const [name, text, later] of cases) it(name, () => assert.equal(buildModel(text).laterRound, later));
  it('a renewal is a later round that negotiates afresh', () => {
    const m = buildModel('# Renewal proposal 2027: Acme support\n');
    assert.deepEqual([m.laterRound, m.renewal], [true, true]);
  });
  it('「保守契約 更新のご提案」は更新', () => assert.equal(buildModel('# 生産管理システム保守契約 更新のご提案\n').renewal, true));
  it('a revised proposal is no renewal', () => assert.equal(buildModel('# Revised proposal for Acme\n').renewal, false));
});

describe('an internal marker never closed', () => {
  const check = (text: string, inside: string, after: string) => {
    const m = buildModel(text);
    return [m.markerProblems.length > 0, m.isInternal(text.indexOf(inside)), m.isInternal(text.indexOf(after))];
  };
  it('the notes up to the next heading are internal, the sections after it are read as client text (and the copy refuses)', () => {
    assert.deepEqual(check('# Proposal\n\n## Fees\n\n<!-- internal -->\nFloor is £15k.\n\n## Next steps\n\nWe meet on 3 December.\n', 'Floor', 'We meet'), [true, true, false]);
  });
  it('閉じていない「<!-- 社内 -->」は次の見出しまで', () => {
    assert.deepEqual(check('# ご提案\n\n## 料金\n\n<!-- 社内 -->\n最低ラインは20%まで。\n\n## 今後の進め方\n\n12月に稟議です。\n', '最低ライン', '12月に稟議'), [true, true, false]);
  });
});

describe('the writer\'s own notes after the text for the client', () => {
  const at = (text: string, needle: string) => buildModel(text).isInternal(text.indexOf(needle));
  it('"NOTES (me only)" after a rule is internal to the end', () => {
    const text = '# Proposal\n\nFour workshops.\n\n---\n\nNOTES (me only)\n\n- Floor is £15k.\n';
    assert.deepEqual([at(text, 'Four'), at(text, 'NOTES'), at(text, 'Floor')], [false, true, true]);
  });
  it('「＜社内メモ＞」の行が「以上」の後にあれば社内', () => {
    const text = '# ご提案\n\n研修を4回行います。\n\n以上\n\n＜社内メモ＞\n\n・下限は月13万。\n';
    assert.deepEqual([at(text, '研修'), at(text, '＜社内メモ＞'), at(text, '下限')], [false, true, true]);
  });
  it('the same label inside the body (no rule or closing before it) stays client text', () => {
    const text = '# Proposal\n\nFour workshops.\n\nNOTES (me only)\n\n- Floor is £15k.\n';
    assert.equal(at(text, 'Floor'), false);
  });
  it('notes run on in the label\'s paragraph stay client text, for exposed-batna to report', () => {
    const text = '# ご提案\n\n以上\n\n＜社内メモ＞\n・下限は月13万。\n';
    assert.equal(at(text, '下限'), false);
  });
});

describe('sections', () => {
  it('the text before the first heading ends at that heading', () => {
    const m = buildModel('The fee is $40,000.\n\n# Proposal\n\n## Investment\n\nIt pays back in a year.\n');
    const preamble = m.sections[0]!;
    assert.equal(preamble.heading, null);
    assert.equal(preamble.end, m.text.indexOf('# Proposal'));
  });
});

describe('bold labels as headings', () => {
  it('a letter laid out with bold labels has those as its sections', () => {
    const m = buildModel('**Letter of engagement**\n\nDear Joanna,\n\n**1. Background**\n\nYour panel billing is late.\n\n**2. Fees and terms**\n\nThe fee is £24,900.\n');
    assert.deepEqual(m.sections.filter((s) => s.heading).map((s) => [s.title, s.depth]), [['Letter of engagement', 2], ['1. Background', 2], ['2. Fees and terms', 2]]);
    assert.equal(m.sections.find((s) => s.title === '2. Fees and terms')?.role, 'pricing');
  });
  it('太字ラベルだけで構成した提案書の節', () => {
    const m = buildModel('# アーモンド原料 切替のご提案\n\n**【価格条件】**\n\nパウダーは1kgあたり1,450円です。\n\n**【今後の進め方】**\n\n12月中に試作品をお届けします。\n');
    assert.deepEqual(m.sections.filter((s) => s.heading).map((s) => [s.title, s.depth]), [['アーモンド原料 切替のご提案', 1], ['【価格条件】', 2], ['【今後の進め方】', 2]]);
  });
  it('in a document with real headings, bold lines stay paragraphs', () => {
    const m = buildModel('# Proposal\n\n## Scope\n\n**Phase 1**\n\nDiscovery.\n\n**Phase 2**\n\nBuild.\n');
    assert.deepEqual(m.sections.filter((s) => s.heading).map((s) => s.title), ['Proposal', 'Scope']);
  });
  it('a bold lead that opens a sentence is no heading', () => {
    const m = buildModel('**Scope:** two workshops.\n\n**Fees:** $4,000.\n');
    assert.equal(m.sections.filter((s) => s.heading).length, 0);
  });
});

describe('the walk-away point, one verdict for the rule and readiness', () => {
  it('front matter YAML refuses still records the walk-away point its lines state', () => {
    const text = '---\nclient: Tidepool\ntheir_budget: "around seventy" (Jess, 8 Sep)\nwalk_away: >\n  JA not below $0.135 a word.\n---\n\n# Proposal\n';
    assert.ok(!ids(text).includes('missing-batna'));
    assert.ok(ids('---\nclient: Tidepool\ntheir_budget: "around seventy" (Jess, 8 Sep)\n---\n\n# Proposal\n').includes('missing-batna'));
  });
  it('読めないフロントマターでも「撤退ライン:」の行は記録として読む', () => {
    assert.ok(!ids('---\nclient: 北斗\n予算: "七千万くらい"（電話）\n撤退ライン: 年額400万円を下回る場合は辞退\n---\n\n# ご提案\n').includes('missing-batna'));
  });
  const text = '---\nbatna: "TBD"\n---\n\n# P\n\n<!-- internal -->\nOur line in the sand is $40,000.\n<!-- /internal -->\n';
  const lexicon = { batna: { en: ['line in the sand'] } };
  it('a team phrase counts for missing-batna', () => {
    assert.deepEqual(lint(text, { lexicon }).filter((f) => f.ruleId === 'missing-batna'), []);
  });
  it('and for the status bar readiness', () => {
    const r = lintFile(text, { lexicon });
    assert.ok(r.readiness.covered.includes('our-position'));
    const model = buildModel(text, { lexicon: lexiconWith(lexicon) });
    assert.ok(readiness(model, [], lexiconWith(lexicon)).covered.includes('our-position'));
  });
  it('a note in an HTML comment counts (「下限は420万」)', () => {
    assert.deepEqual(lint('# ご提案\n\n<!-- 社内メモ: 下限は1コホート420万。 -->\n\n本文です。\n').filter((f) => f.ruleId === 'missing-batna'), []);
  });
  it('"not decided yet" does not count', () => {
    assert.equal(lint('# ご提案\n\n## 【社内用】メモ\n\n撤退ライン：まだ決めていない。\n').filter((f) => f.ruleId === 'missing-batna').length, 1);
  });
});

describe('internal regions the writer meant', () => {
  const internalText = (text: string) => buildModel(text).blocks.filter((b) => b.internal).map((b) => b.text);
  it('a bold internal label runs to the next heading', () => {
    assert.deepEqual(internalText('# P\n\nHello.\n\n**社内用メモ**\n\n単価は下げない。\n\n## 次\n\n公開。\n'), ['社内用メモ', '単価は下げない。']);
  });
  it('an internal marker word inside brackets of a heading', () => {
    assert.deepEqual(internalText('# P\n\n## Deal notes (internal)\n\nFloor $40k.\n\n## Next\n\nPublic.\n'), ['Deal notes (internal)', 'Floor $40k.']);
  });
  it('a document title marked "Confidential" stays client-facing', () => {
    assert.deepEqual(internalText('# Proposal for Acme (Confidential)\n\n## Your situation\n\nText.\n'), []);
  });
});

describe('which files are proposals', () => {
  it('a client copy (*.client.md) is not linted as a proposal', async () => {
    const { isProposal } = await import('../src/engine/detect.js');
    assert.equal(isProposal('proposals/acme.client.md', undefined), false);
    assert.equal(isProposal('proposals/acme.client.md', { proposal: true }), true);
    assert.equal(isProposal('proposals/acme.md', undefined), true);
  });
  it('the front matter is read without linting the document', async () => {
    const { frontMatterOf } = await import('../src/app/resolve.js');
    assert.deepEqual(frontMatterOf('---\nproposal: false\n---\n\n# X\n'), { proposal: false });
    assert.deepEqual(frontMatterOf('\n---\ntype: proposal\n---\n'), { type: 'proposal' });
    assert.equal(frontMatterOf('# No front matter\n'), undefined);
  });
});

describe('one phrase does not decide (evidence in context)', () => {
  const rule = (text: string, id: string) => lint(text).filter((f) => f.ruleId === id).map((f) => f.messageId);
  it('support outside office hours is no consulting add-on', () => {
    assert.deepEqual(rule('# P\n\n## Support\n\nSupport outside normal office hours is billed at $120 an hour.\n', 'missing-value-add'), ['missing']);
  });
  it('「契約書・覚書の作成支援」「雇用契約書の送付」 describe the work, not where the terms are', () => {
    const text = '# 労務顧問のご提案\n\n## 業務内容\n\n- 雇用契約書の送付・回収を代行します。\n- 契約書・覚書の作成支援\n\n## 顧問料\n\n月額44,000円（税込）です。\n\n## ご契約の条件\n\nお支払いは月末締め、翌月末お振込みでお願いいたします。\n';
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'missing-agreement-safeguards').map((f) => f.data?.['missing']), ['事情変更時の誠実協議・仕様変更の手続き・解約条件']);
  });
  it('travel billed separately is no scope-change procedure', () => {
    // (Without the good-faith review: with it, a missing change procedure alone is not reported.)
    const text = '# P\n\n## Terms\n\n- Travel expenses are billed separately.\n- Invoices are payable in 30 days.\n- Either party may end the contract with 60 days\' notice to cancel.\n';
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'missing-agreement-safeguards').map((f) => f.data?.['missing']), ['good-faith review, scope changes']);
  });
  it('ロック解除・分割して導入・誠意をもって は条項ではない', () => {
    const text = '# ご提案\n\n## 契約条件\n\n- スマホのロック解除で打刻できます。\n- 段階的に分割して導入します。\n- 誠意をもって対応いたします。\n';
    const f = lint(text).find((x) => x.ruleId === 'missing-agreement-safeguards');
    assert.equal(f?.messageId, 'incomplete');
    assert.match(String(f?.data?.['missing']), /誠実協議.*仕様変更.*支払条件.*解約条件/);
  });
  it('担当社員 is not the seller (当社)', async () => {
    const { defaultLexicon } = await import('../src/lexicon/index.js');
    assert.equal(defaultLexicon().get('seller-voice').test('担当社員が伺います。'), false);
    assert.equal(defaultLexicon().get('seller-voice').test('当社が伺います。'), true);
  });
  it('superlatives about the client or their problem are not claims', () => {
    assert.deepEqual(rule('# ご提案\n\n## 現状\n\n現場の人手が圧倒的に不足しています。トップクラスのシェアを持つ貴社にとって重要です。\n', 'weak-credibility-statement').filter((m) => m === 'superlative'), []);
    assert.deepEqual(rule('# P\n\n## Your situation\n\nYour industry-leading brand deserves a faster site.\n', 'weak-credibility-statement').filter((m) => m === 'superlative'), []);
    assert.deepEqual(rule('# P\n\n## Why us\n\nWe are an industry-leading provider.\n', 'weak-credibility-statement').filter((m) => m === 'superlative'), ['superlative']);
  });
  it('procedure in the terms is no ultimatum; 最終回答期限 is a date', () => {
    assert.deepEqual(rule('# ご提案\n\n## 契約条件\n\n変更内容をご了承いただけない場合は、当初の範囲で実施します。\n', 'premature-ultimatum'), []);
    assert.deepEqual(rule('# ご提案\n\n## 今後の進め方\n\n最終回答期限は12月10日です。\n', 'premature-ultimatum'), []);
    assert.deepEqual(rule('# ご提案\n\n## お見積り\n\n本金額は最終提示です。\n', 'premature-ultimatum'), ['ultimatum']);
  });
});

describe('proof is a fact the client can check, not any digit', () => {
  const noProof = (text: string) => lint(text).filter((f) => f.ruleId === 'weak-credibility-statement' && f.messageId === 'noProof').length;
  it('"10+ years" alone is no proof', () => assert.equal(noProof('# P\n\n## Why us\n\nWe bring 10+ years of experience and a passion for quality.\n'), 1));
  it('「豊富な実績」だけでは裏付けにならない', () => assert.equal(noProof('# ご提案\n\n## 弊社について\n\n弊社は豊富な実績を持つ会社です。\n'), 1));
  it('a named client and a measured result are proof', () => assert.equal(noProof('# P\n\n## Why us\n\nSince 2012 we have cut defects by 18% at Hanwa Steel.\n'), 0));
});
